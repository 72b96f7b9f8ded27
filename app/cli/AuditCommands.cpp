// SPDX-License-Identifier: GPL-3.0-or-later
// audit verify, audit list and audit export: the tamper-evident audit trail for supervisors and
// administrators (core requires Permission::ViewAudit and hides chart values from readers
// without a clinical role).
#include "Command.h"
#include "SignIn.h"
#include "TextTable.h"
#include "io/AuditCsv.h"
#include "io/CsvReader.h"
#include "storage/AuditTrail.h"
#include "storage/ParticipantStore.h"
#include "storage/SignatureCheck.h"
#include "storage/StaffStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace stepwise::cli {

namespace {

QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("stepwise-cli", text, nullptr, n);
}

const QString ParticipantOption = QStringLiteral("participant");
const QString ParticipantIdOption = QStringLiteral("participant-id");
const QString StaffOption = QStringLiteral("staff");
const QString ActionOption = QStringLiteral("action");
const QString FromOption = QStringLiteral("from");
const QString ToOption = QStringLiteral("to");
const QString LimitOption = QStringLiteral("limit");
const QString FormatOption = QStringLiteral("format");
const QString OutOption = QStringLiteral("out");

QList<QCommandLineOption> filterOptions()
{
    return {
        { QStringList { ParticipantOption },
            tr("Only rows about the participant with this record number."), tr("RECORD") },
        { QStringList { ParticipantIdOption },
            tr("Only rows about the participant with this id (as the rows show it), for readers "
               "without a clinical role."),
            tr("ID") },
        { QStringList { StaffOption }, tr("Only rows of this staff member (full or user name)."),
            tr("NAME") },
        { QStringList { ActionOption },
            tr("Only this action (auth.sign_in), or every action it begins when it ends in a "
               "dot (auth.)."),
            tr("ACTION") },
        { QStringList { FromOption }, tr("Only rows from this day on (yyyy-MM-dd, UTC)."),
            tr("DATE") },
        { QStringList { ToOption }, tr("Only rows up to and including this day (yyyy-MM-dd, UTC)."),
            tr("DATE") },
        { QStringList { LimitOption }, tr("Only the newest N rows, newest first."), tr("N") },
    };
}

// The filter the command line asks for, before anything is looked up in the database.
struct FilterRequest
{
    AuditFilter filter;
    QString recordNumber;
    QString staff;
};

std::optional<QDate> parseDay(Console& console, const Invocation& invocation, const QString& option)
{
    const QString text = invocation.value(option).trimmed();
    const QDate day = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
    if (!day.isValid()) {
        console.usage(tr("--%1 expects a day written as yyyy-MM-dd, not '%2'").arg(option, text));
        return std::nullopt;
    }
    return day;
}

std::optional<qint64> parsePositive(
    Console& console, const Invocation& invocation, const QString& option)
{
    const QString text = invocation.value(option).trimmed();
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < 1 || value > std::numeric_limits<int>::max()) {
        console.usage(tr("--%1 expects a whole number from 1 to %2, not '%3'")
                          .arg(option)
                          .arg(std::numeric_limits<int>::max())
                          .arg(text));
        return std::nullopt;
    }
    return value;
}

// Usage errors (status 2) are printed here, before anyone signs in.
std::optional<FilterRequest> parseFilter(Console& console, const Invocation& invocation)
{
    FilterRequest request;
    if (invocation.isSet(ParticipantOption) && invocation.isSet(ParticipantIdOption)) {
        console.usage(tr("give --participant or --participant-id, not both"));
        return std::nullopt;
    }
    if (invocation.isSet(ParticipantOption)) {
        request.recordNumber = invocation.value(ParticipantOption).trimmed();
        if (request.recordNumber.isEmpty()) {
            console.usage(tr("--participant expects a record number"));
            return std::nullopt;
        }
    }
    if (invocation.isSet(ParticipantIdOption)) {
        const auto id = parsePositive(console, invocation, ParticipantIdOption);
        if (!id)
            return std::nullopt;
        request.filter.participantId = *id;
    }
    if (invocation.isSet(StaffOption)) {
        request.staff = invocation.value(StaffOption).simplified();
        if (request.staff.isEmpty()) {
            console.usage(tr("--staff expects a name or user name"));
            return std::nullopt;
        }
    }
    request.filter.action = invocation.value(ActionOption).trimmed();
    if (invocation.isSet(FromOption)) {
        const auto day = parseDay(console, invocation, FromOption);
        if (!day)
            return std::nullopt;
        request.filter.from = *day;
    }
    if (invocation.isSet(ToOption)) {
        const auto day = parseDay(console, invocation, ToOption);
        if (!day)
            return std::nullopt;
        request.filter.to = *day;
    }
    if (request.filter.from.isValid() && request.filter.to.isValid()
        && request.filter.from > request.filter.to) {
        console.usage(tr("--from %1 is after --to %2")
                          .arg(request.filter.from.toString(Qt::ISODate),
                              request.filter.to.toString(Qt::ISODate)));
        return std::nullopt;
    }
    if (invocation.isSet(LimitOption)) {
        const auto limit = parsePositive(console, invocation, LimitOption);
        if (!limit)
            return std::nullopt;
        request.filter.limit = int(*limit);
    }
    return request;
}

// Turns names into ids with the signed-in user's rights; Failed after printing why not.
int resolve(Console& console, Database& db, FilterRequest& request)
{
    if (!request.recordNumber.isEmpty()) {
        const auto id = ParticipantStore(db).findByRecordNumber(request.recordNumber);
        if (!id)
            return console.fail(id.error());
        if (!id->has_value())
            return console.fail(tr("there is no participant with the record number '%1'")
                                    .arg(request.recordNumber));
        request.filter.participantId = **id;
    }
    if (!request.staff.isEmpty()) {
        StaffStore store(db);
        auto member = store.findByName(request.staff);
        if (member && !member->has_value())
            member = store.findByUsername(request.staff);
        if (!member)
            return console.fail(member.error());
        if (!member->has_value())
            return console.fail(tr("there is no staff member named, or with the user name, '%1'")
                                    .arg(request.staff));
        request.filter.staffId = (*member)->id;
    }
    return Success;
}

QString idOrDash(Id id)
{
    return id > 0 ? QString::number(id) : QStringLiteral("-");
}

QString when(const QDateTime& at)
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString table(const QList<AuditEntry>& entries)
{
    using Align = TextTable::Align;
    TextTable table({ { tr("Id"), Align::Right }, { tr("When (UTC)"), Align::Left },
        { tr("Staff"), Align::Left }, { tr("Workstation"), Align::Left },
        { tr("Action"), Align::Left }, { tr("Record"), Align::Left },
        { tr("Participant"), Align::Right }, { tr("Flagged"), Align::Left },
        { tr("Detail"), Align::Left } });
    for (const AuditEntry& e : entries) {
        const QString record = e.entity.isEmpty() ? QStringLiteral("-")
            : e.entityId > 0 ? e.entity + QLatin1Char(' ') + QString::number(e.entityId)
                             : e.entity;
        table.addRow({ QString::number(e.id), when(e.at),
            e.staffName.isEmpty() ? idOrDash(e.staffId) : e.staffName,
            e.workstation.isEmpty() ? QStringLiteral("-") : e.workstation, e.action, record,
            idOrDash(e.participantId), e.flagged ? tr("yes") : QString(), e.detail });
    }
    return table.render();
}

QByteArray json(const QList<AuditEntry>& entries)
{
    const auto id = [](Id v) { return v > 0 ? QJsonValue(v) : QJsonValue(); };
    QJsonArray array;
    for (const AuditEntry& e : entries) {
        QJsonObject object;
        object.insert(QStringLiteral("id"), e.id);
        object.insert(QStringLiteral("at"), e.at.toUTC().toString(Qt::ISODateWithMs));
        object.insert(QStringLiteral("staff_id"), id(e.staffId));
        object.insert(QStringLiteral("staff_name"),
            e.staffName.isEmpty() ? QJsonValue() : QJsonValue(e.staffName));
        object.insert(QStringLiteral("workstation"), e.workstation);
        object.insert(QStringLiteral("action"), e.action);
        object.insert(QStringLiteral("entity"), e.entity);
        object.insert(QStringLiteral("entity_id"), id(e.entityId));
        object.insert(QStringLiteral("participant_id"), id(e.participantId));
        object.insert(QStringLiteral("detail"), e.detail);
        const QJsonDocument changes = QJsonDocument::fromJson(e.changes.toUtf8());
        object.insert(QStringLiteral("changes"),
            changes.isObject() ? QJsonValue(changes.object()) : QJsonValue());
        object.insert(QStringLiteral("flagged"), e.flagged);
        object.insert(QStringLiteral("hash"), e.hash);
        array.append(object);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

int verify(Console& console, const Invocation& invocation)
{
    return runSignedIn(console, invocation, [&](Database& db, SignIn&) {
        const auto report = AuditTrail::verify(db);
        if (!report)
            return console.fail(report.error());
        // Signed records carry their own hashes (issue 6); they are checked with the trail.
        const auto signatures = SignatureCheck::verifyAll(db);
        if (!signatures)
            return console.fail(signatures.error());
        console.print(tr("signed records checked: %1 notes, %2 addenda, %3 treatment plan "
                         "versions, %4 discharge records")
                          .arg(signatures->notes)
                          .arg(signatures->addenda)
                          .arg(signatures->plans)
                          .arg(signatures->discharges));
        for (const SignatureProblem& p : signatures->problems)
            console.print(printable(p.message));
        if (report->intact() && signatures->intact()) {
            console.print(
                tr("%n row(s) checked: the audit log is intact", int(report->rowsChecked)));
            // Noted down elsewhere, the newest hash shows later whether the log was cut short or
            // rewritten, which the chain alone cannot (docs/security.md).
            console.print(tr("newest row %1, hash %2").arg(report->lastId).arg(report->headHash));
            return int(Success);
        }
        if (report->intact())
            return console.fail(tr("%n signed record(s) no longer match what was signed",
                int(signatures->problems.size())));
        for (const QString& problem : report->problems)
            console.print(printable(problem));
        if (report->firstBrokenId > 0)
            return console.fail(tr("the audit log is broken from row %1 on (%n row(s) checked)",
                int(report->rowsChecked))
                                    .arg(report->firstBrokenId));
        return console.fail(
            tr("the audit log failed its check (%n row(s) checked)", int(report->rowsChecked)));
    });
}

int list(Console& console, const Invocation& invocation)
{
    const QString format = invocation.isSet(FormatOption) ? invocation.value(FormatOption).toLower()
                                                          : QStringLiteral("table");
    if (format != QLatin1String("table") && format != QLatin1String("csv")
        && format != QLatin1String("json"))
        return console.usage(tr("--format expects table, csv or json, not '%1'")
                                 .arg(invocation.value(FormatOption)));
    auto request = parseFilter(console, invocation);
    if (!request)
        return UsageError;

    return runSignedIn(console, invocation, [&](Database& db, SignIn&) {
        if (const int status = resolve(console, db, *request); status != Success)
            return status;
        if (format == QLatin1String("csv")) {
            // A CSV leaves the program: AuditCsv guards formulas and records the export.
            const auto csv = AuditCsv::exportCsv(db, request->filter);
            if (!csv)
                return console.fail(csv.error());
            console.write(*csv);
            return int(Success);
        }
        const auto entries = AuditTrail::entries(db, request->filter);
        if (!entries)
            return console.fail(entries.error());
        console.write(format == QLatin1String("json") ? json(*entries) : table(*entries).toUtf8());
        return int(Success);
    });
}

int exportCsv(Console& console, const Invocation& invocation)
{
    const QString out = invocation.value(OutOption).trimmed();
    if (out.isEmpty())
        return console.usage(tr("'audit export' needs --out FILE.csv"));
    auto request = parseFilter(console, invocation);
    if (!request)
        return UsageError;
    if (QFileInfo::exists(out) || QFileInfo(out).isSymLink())
        return console.fail(tr("%1 already exists; choose another name").arg(out));

    return runSignedIn(console, invocation, [&](Database& db, SignIn&) {
        if (const int status = resolve(console, db, *request); status != Success)
            return status;
        const auto csv = AuditCsv::exportCsv(db, request->filter);
        if (!csv)
            return console.fail(csv.error());
        // Readable by its owner only, like the database: the rows name people and charts.
        QFile file(out);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return console.fail(tr("cannot write %1: %2").arg(out, file.errorString()));
        if (file.write(*csv) != csv->size() || !file.flush()) {
            const QString reason = file.errorString();
            file.close();
            file.remove();
            return console.fail(tr("cannot write %1: %2").arg(out, reason));
        }
        file.close();
        const qsizetype rows = std::max<qsizetype>(0, CsvReader::read(*csv).records.size() - 1);
        console.print(tr("exported %n audit row(s) to %1", int(rows)).arg(out));
        return int(Success);
    });
}

} // namespace

QList<Command> auditCommands()
{
    QList<QCommandLineOption> listOptions = filterOptions();
    listOptions.append({ QStringList { FormatOption },
        tr("table (default), csv (as 'audit export' writes it) or json."), tr("FORMAT") });
    QList<QCommandLineOption> exportOptions = filterOptions();
    exportOptions.prepend(
        { QStringList { OutOption }, tr("The CSV file to write; must not exist."), tr("FILE") });
    return {
        { { QStringLiteral("audit"), QStringLiteral("verify") },
            tr("Check the audit log's hash chain and append-only triggers, and the hash of every "
               "signed note, plan and discharge record; prints the first broken row."),
            {}, {}, verify },
        { { QStringLiteral("audit"), QStringLiteral("list") },
            tr("List audit rows, oldest first (newest first with --limit), filtered by "
               "participant, staff, action and day."),
            listOptions, {}, list },
        { { QStringLiteral("audit"), QStringLiteral("export") },
            tr("Write audit rows to a CSV file for a spreadsheet (formulas neutralised)."),
            exportOptions, {}, exportCsv },
    };
}

} // namespace stepwise::cli
