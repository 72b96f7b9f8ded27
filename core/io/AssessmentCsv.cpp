// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssessmentCsv.h"

#include "CsvCells.h"
#include "CsvReader.h"
#include "auth/Access.h"
#include "storage/AssessmentStore.h"
#include "storage/AuditTrail.h"
#include "storage/Database.h"
#include "storage/LookupKey.h"
#include "storage/ParticipantStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

// The assessments CSV, one administration per row. The header names the columns (any order,
// any case, spaces around ignored): record_number, date, instrument and answers are required,
// sex and note optional.
//
// - date is ISO 8601, yyyy-MM-dd, and nothing else: "03/04/2025" is March or April depending
//   on the locale that wrote it.
// - instrument is an id or a name as Instruments::find takes it (phq9 or PHQ-9). The clinician
//   ratings (asam, progress) are refused: they rest on narratives or a note a row cannot hold.
// - answers are the item answers in item order, separated by ';', ',' or spaces. A comma
//   separates CSV fields too, so answers with commas must be in a quoted field.
// - sex (female or male) is AUDIT-C's cut-off; empty takes the participant's sex at birth.
//
// Import is all-or-nothing, as for participants: the file is parsed, every row is checked
// against the database through AssessmentStore::check (the rules record() applies), and only
// a file without problems is written, with AssessmentStore::recordAll in one transaction.

namespace stepwise::AssessmentCsv {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise::AssessmentCsv", text);
}

QString col(const char* name)
{
    return QLatin1String(name);
}

QString isoDate(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

bool isClinicianRating(const QString& id)
{
    return id == QLatin1String("asam") || id == QLatin1String("progress");
}

QString itemKeys(const InstrumentDefinition& d)
{
    QStringList keys;
    for (const InstrumentItem& item : d.items)
        keys << item.key;
    return keys.join(QLatin1Char(';'));
}

// Reads the cells of one data row, collecting its problems.
class RowParser : public CsvCells
{
public:
    RowParser(const CsvRecord& record, const QHash<QString, int>& columns, QList<Problem>& problems)
        : CsvCells(record, columns, problems)
    { }

    std::optional<Row> read()
    {
        const qsizetype before = m_problems.size();
        if (m_record.fields.size() != m_columns.size()) {
            QString message = tr("This row has %1 fields but the header has %2.")
                                  .arg(m_record.fields.size())
                                  .arg(m_columns.size());
            if (m_record.fields.size() > m_columns.size())
                message += QLatin1Char(' ')
                    + tr("Answers separated by commas must be in quotes (\"1,2,0\"); or "
                         "separate them with ; or spaces.");
            problem(nullptr, message);
            return std::nullopt;
        }

        Row row;
        row.line = m_record.line;
        row.recordNumber = text(Column::RecordNumber).trimmed();
        if (row.recordNumber.isEmpty())
            problem(Column::RecordNumber, tr("Give the participant's record number."));
        row.input.administeredOn = date();
        const InstrumentDefinition* definition = instrument();
        if (definition)
            row.input.instrument = definition->id;
        if (auto answers = this->answers(definition))
            row.input.answers = *answers;
        row.input.sex = sex(definition);
        row.input.note = text(Column::Note);

        if (m_problems.size() > before)
            return std::nullopt;
        return row;
    }

private:
    QDate date()
    {
        return isoDate(
            Column::Date, tr("Give the date the questionnaire was given, as yyyy-MM-dd."));
    }

    const InstrumentDefinition* instrument()
    {
        const QString value = text(Column::Instrument).trimmed();
        const QString allowed = importableIds().join(QStringLiteral(", "));
        if (value.isEmpty()) {
            problem(Column::Instrument, tr("Give the instrument: one of %1.").arg(allowed));
            return nullptr;
        }
        const InstrumentDefinition* d = Instruments::find(value);
        if (!d) {
            problem(Column::Instrument,
                tr("\"%1\" is not an instrument Stepwise knows; a file may hold %2.")
                    .arg(value, allowed));
            return nullptr;
        }
        if (isClinicianRating(d->id)) {
            // Their ratings rest on a narrative per dimension or a note, checked by a
            // clinician in the form; a spreadsheet row would record them without it.
            problem(Column::Instrument,
                tr("%1 is a clinician rating with narratives or notes and cannot be imported "
                   "from a CSV file; record it in Stepwise. A file may hold %2.")
                    .arg(d->id, allowed));
            return nullptr;
        }
        return d;
    }

    // The values in item order; nullopt when they cannot be read (then reported). Without a
    // known instrument only the values themselves are checked.
    std::optional<Answers> answers(const InstrumentDefinition* d)
    {
        const QString value = text(Column::Answers).trimmed();
        if (value.isEmpty()) {
            problem(Column::Answers,
                d ? tr("Give the %1 answers of %2 in item order, separated by ; (%3).")
                        .arg(d->items.size())
                        .arg(d->name, itemKeys(*d))
                  : tr("Give the answers in item order, separated by ;."));
            return std::nullopt;
        }
        static const QRegularExpression separators(QStringLiteral("[;,]"));
        static const QRegularExpression spaces(QStringLiteral("\\s+"));
        const bool separated = value.contains(separators);
        const QStringList tokens
            = separated ? value.split(separators) : value.split(spaces, Qt::SkipEmptyParts);
        Answers answers;
        bool readable = true;
        for (qsizetype i = 0; i < tokens.size(); ++i) {
            const QString token = tokens.at(i).trimmed();
            static const QRegularExpression whole(QStringLiteral("^[+-]?[0-9]+$"));
            bool ok = whole.match(token).hasMatch();
            const int number = ok ? token.toInt(&ok, 10) : 0;
            if (token.isEmpty()) {
                problem(Column::Answers,
                    tr("Answer %1 is empty: every item needs an answer.").arg(i + 1));
                readable = false;
            } else if (!ok) {
                problem(Column::Answers,
                    tr("Answer %1 is \"%2\", not a whole number.").arg(i + 1).arg(token));
                readable = false;
            } else {
                answers.append(number);
            }
        }
        if (!readable || !d)
            return std::nullopt;
        if (answers.size() != d->items.size()) {
            problem(Column::Answers,
                tr("%1 takes %2 answers, one per item in the order %3; this row has %4.")
                    .arg(d->name)
                    .arg(d->items.size())
                    .arg(itemKeys(*d))
                    .arg(answers.size()));
            return std::nullopt;
        }
        return answers;
    }

    QString sex(const InstrumentDefinition* d)
    {
        const QString value = text(Column::Sex).trimmed().toLower();
        if (value.isEmpty())
            return {};
        if (value != QLatin1String("female") && value != QLatin1String("male")) {
            problem(Column::Sex,
                tr("\"%1\" is not female or male (or leave it empty to use the participant's "
                   "sex at birth).")
                    .arg(text(Column::Sex).trimmed()));
            return {};
        }
        // Only AUDIT-C's cut-off depends on it; a value elsewhere is probably a shifted column.
        if (d && d->id != QLatin1String("auditc")) {
            problem(
                Column::Sex, tr("sex is used for auditc only; leave it empty for %1.").arg(d->id));
            return {};
        }
        return value;
    }
};

// What the database says about the rows the file reads well: record numbers, episodes of
// care, answers in range, and the same assessment twice.
class RowChecker
{
public:
    RowChecker(Database& db, const QDate& today)
        : m_db(db)
        , m_today(today)
    { }

    // False when storage failed (see error()); problems are added to `problems`.
    bool check(Row& row, QList<Problem>& problems)
    {
        const auto add = [&](const char* column, const QString& message) {
            problems.append({ row.line, column ? col(column) : QString(), message });
        };
        auto participant = participantId(row.recordNumber);
        if (!participant)
            return false;
        if (!*participant) {
            add(Column::RecordNumber,
                tr("No participant has the record number %1.").arg(row.recordNumber));
            return true;
        }
        row.input.participantId = **participant;
        AssessmentInput& input = row.input;
        const InstrumentDefinition* d = Instruments::find(input.instrument);

        const bool future = input.administeredOn > m_today;
        if (future)
            add(Column::Date, tr("%1 is in the future.").arg(isoDate(input.administeredOn)));

        const QString key = QString::number(input.participantId) + QLatin1Char('/')
            + input.instrument + QLatin1Char('/') + isoDate(input.administeredOn);
        if (const int first = m_lines.value(key); first > 0) {
            add(nullptr,
                tr("The same assessment (%1, %2 on %3) is also on line %4.")
                    .arg(row.recordNumber, d->name, isoDate(input.administeredOn))
                    .arg(first));
        } else {
            m_lines.insert(key, row.line);
            auto existing = recorded(input.participantId);
            if (!existing)
                return false;
            if (existing->contains(
                    input.instrument + QLatin1Char('/') + isoDate(input.administeredOn)))
                add(nullptr,
                    tr("%1 already has a %2 dated %3 in the database; remove the row (was the "
                       "file imported before?), or correct that assessment in Stepwise.")
                        .arg(row.recordNumber, d->name, isoDate(input.administeredOn)));
        }

        auto checked = AssessmentStore(m_db).check(input);
        if (checked) {
            m_safetyAlerts += checked->hasSafetyFlag() ? 1 : 0;
            return true;
        }
        if (checked.error().code != ErrorCode::Validation) {
            m_error = checked.error();
            return false;
        }
        for (const FieldError& field : checked.error().fields) {
            if (field.field == QLatin1String("date")) {
                // A valid date that is not in the future fails only for being outside every
                // episode; said here with the ISO date the file uses.
                if (!future)
                    add(Column::Date,
                        tr("%1 was not in care on %2: an assessment must fall within an "
                           "episode of care, from admission to discharge.")
                            .arg(row.recordNumber, isoDate(input.administeredOn)));
            } else if (field.field == QLatin1String("note")) {
                add(Column::Note, field.message);
            } else if (d && d->indexOf(field.field) >= 0) {
                add(Column::Answers, field.message);
            } else {
                add(nullptr, field.message);
            }
        }
        return true;
    }

    const std::optional<Error>& error() const { return m_error; }
    // Rows whose answers raise a safety alert, among those checked without problems.
    int safetyAlerts() const { return m_safetyAlerts; }

private:
    // nullopt: storage failed. An empty inner optional: no such record number.
    std::optional<std::optional<Id>> participantId(const QString& recordNumber)
    {
        const QString key = lookupKey(recordNumber);
        if (auto it = m_participants.constFind(key); it != m_participants.constEnd())
            return it.value() ? std::optional<Id>(it.value()) : std::optional<Id>();
        auto found = ParticipantStore(m_db).findByRecordNumber(recordNumber);
        if (!found) {
            m_error = found.error();
            return std::nullopt;
        }
        m_participants.insert(key, found->value_or(0));
        return *found;
    }

    // "instrument/date" of the participant's current assessments.
    std::optional<QSet<QString>> recorded(Id participantId)
    {
        if (auto it = m_recorded.constFind(participantId); it != m_recorded.constEnd())
            return it.value();
        auto history = AssessmentStore(m_db).history(participantId);
        if (!history) {
            m_error = history.error();
            return std::nullopt;
        }
        QSet<QString> keys;
        for (const Assessment& a : history.value())
            keys.insert(a.instrument + QLatin1Char('/') + isoDate(a.administeredOn));
        m_recorded.insert(participantId, keys);
        return keys;
    }

    Database& m_db;
    QDate m_today;
    QHash<QString, Id> m_participants; // lookup key of a record number -> id (0: none)
    QHash<Id, QSet<QString>> m_recorded;
    QHash<QString, int> m_lines; // participant/instrument/date -> first line in the file
    std::optional<Error> m_error;
    int m_safetyAlerts = 0;
};

ImportOutcome withError(Error error)
{
    ImportOutcome outcome;
    outcome.error = std::move(error);
    return outcome;
}

} // namespace

QStringList columns()
{
    // "total" and "band" are what `export csv assessments` adds beside the answers; an import
    // scores the answers again and ignores them, so an export imports unchanged.
    return requiredColumns() << col(Column::Sex) << col(Column::Note) << QStringLiteral("total")
                             << QStringLiteral("band");
}

QStringList requiredColumns()
{
    return { col(Column::RecordNumber), col(Column::Date), col(Column::Instrument),
        col(Column::Answers) };
}

QStringList importableIds()
{
    QStringList ids;
    for (const QString& id : Instruments::ids()) {
        if (!isClinicianRating(id))
            ids << id;
    }
    return ids;
}

ParseResult parse(const QByteArray& csv)
{
    ParseResult result;
    CsvImport::forEachRow(csv, columns(), requiredColumns(), result.problems,
        [&](const CsvRecord& record, const QHash<QString, int>& header) {
            if (auto row = RowParser(record, header, result.problems).read())
                result.rows.append(std::move(*row));
        });
    return result;
}

ImportOutcome importCsv(Database& db, const QByteArray& csv, const QDate& today)
{
    // A bulk change to many charts, as the participants import: supervisors. The store then
    // checks RecordAssessment on each participant as well.
    if (Status s = Access::require(db, Permission::ImportParticipants); !s)
        return withError(s.error());

    ParseResult parsed = parse(csv);
    ImportOutcome outcome;
    outcome.problems = parsed.problems;
    RowChecker checker(db, today);
    for (Row& row : parsed.rows) {
        if (!checker.check(row, outcome.problems))
            return withError(*checker.error());
    }
    if (!outcome.problems.isEmpty()) {
        // Parse problems came first; a person reads the file top to bottom.
        std::stable_sort(outcome.problems.begin(), outcome.problems.end(),
            [](const Problem& a, const Problem& b) { return a.line < b.line; });
        return outcome;
    }

    QList<AssessmentInput> inputs;
    for (const Row& row : std::as_const(parsed.rows))
        inputs.append(row.input);
    Transaction tx(db);
    if (!tx.ok())
        return withError(tx.error());
    // recordAll checks every input again inside the transaction, so a change made meanwhile
    // by someone else (a discharge, a correction) still leaves the file unwritten.
    if (auto ids = AssessmentStore(db).recordAll(inputs); !ids)
        return withError(ids.error());
    if (Status s
        = AuditTrail::record(db, QStringLiteral("assessments.import"), QStringLiteral("assessment"),
            0, QStringLiteral("%1 assessments (CSV)").arg(inputs.size()));
        !s)
        return withError(s.error());
    if (Status s = tx.commit(); !s)
        return withError(s.error());
    outcome.imported = int(inputs.size());
    outcome.safetyAlerts = checker.safetyAlerts();
    return outcome;
}

} // namespace stepwise::AssessmentCsv
