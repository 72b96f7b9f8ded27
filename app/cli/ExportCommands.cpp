// SPDX-License-Identifier: GPL-3.0-or-later
// export summary, export summaries, export csv, export fhir (issue 7): records leaving the
// program as files. Summaries go through core's SummaryExport, so each file is in the
// accounting of disclosures and one for outside the program needs a consent in effect.
#include "Command.h"
#include "SignIn.h"
#include "common/Clock.h"
#include "exports/CsvExport.h"
#include "fhir/FhirExport.h"
#include "reports/BatchSummaryExport.h"
#include "reports/DocumentRenderer.h"
#include "reports/SummaryExport.h"
#include "storage/CaseloadQuery.h"
#include "storage/ParticipantStore.h"
#include "storage/StaffStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace stepwise::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise-cli", text);
}

const QString ParticipantOption = QStringLiteral("participant");
const QString FromOption = QStringLiteral("from");
const QString ToOption = QStringLiteral("to");
const QString OutOption = QStringLiteral("out");
const QString ConsentOption = QStringLiteral("consent");
const QString ForOption = QStringLiteral("for");
const QString RecipientOption = QStringLiteral("recipient");
const QString PurposeOption = QStringLiteral("purpose");
const QString SectionsOption = QStringLiteral("sections");
const QString NarrativeOption = QStringLiteral("narrative-file");
const QString SupervisorOption = QStringLiteral("supervisor");
const QString CounselorOption = QStringLiteral("counselor");
const QString PhaseOption = QStringLiteral("phase");
const QString BomOption = QStringLiteral("bom");

// The options every summary shares: sections, narrative, supervisor, audience.
std::optional<SummaryRequest> summaryRequest(
    Console& console, const Invocation& invocation, bool withConsent)
{
    SummaryRequest r;
    const auto from = dateOption(console, invocation, FromOption);
    if (!from)
        return std::nullopt;
    const auto to = dateOption(console, invocation, ToOption);
    if (!to)
        return std::nullopt;
    r.from = *from;
    r.to = *to;
    if (invocation.isSet(SectionsOption)) {
        r.options.sections.clear();
        for (const QString& key :
            invocation.value(SectionsOption).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto s = parseSummarySection(key);
            if (!s) {
                QStringList keys;
                for (SummarySection each : allSummarySections())
                    keys << storageKey(each);
                console.usage(tr("--sections expects a comma-separated list of %1, not '%2'")
                                  .arg(keys.join(QStringLiteral(", ")), key));
                return std::nullopt;
            }
            r.options.sections << *s;
        }
    }
    if (invocation.isSet(NarrativeOption)) {
        QFile file(invocation.value(NarrativeOption));
        if (!file.open(QIODevice::ReadOnly)) {
            console.fail(tr("cannot read %1: %2").arg(file.fileName(), file.errorString()));
            return std::nullopt;
        }
        r.options.narrative = QString::fromUtf8(file.readAll()).trimmed();
    }
    r.options.supervisorName = invocation.value(SupervisorOption);
    // `export summaries` has no --consent: asking the parser about it would warn.
    const bool consentGiven = withConsent && invocation.isSet(ConsentOption);
    const QString audience = invocation.isSet(ForOption)
        ? invocation.value(ForOption).toLower()
        : (consentGiven ? QStringLiteral("external") : QStringLiteral("internal"));
    if (audience == QLatin1String("participant"))
        r.options.audience = SummaryAudience::Participant;
    else if (audience == QLatin1String("internal"))
        r.options.audience = SummaryAudience::Internal;
    else if (audience == QLatin1String("external"))
        r.options.audience = SummaryAudience::External;
    else {
        console.usage(
            tr("--for expects participant, internal or external, not '%1'").arg(audience));
        return std::nullopt;
    }
    r.options.recipient = invocation.value(RecipientOption);
    r.options.purpose = invocation.value(PurposeOption);
    if (consentGiven) {
        bool ok = false;
        r.consentId = invocation.value(ConsentOption).toLongLong(&ok);
        if (!ok || r.consentId <= 0) {
            console.usage(tr("--consent expects a consent number, not '%1'")
                              .arg(invocation.value(ConsentOption)));
            return std::nullopt;
        }
    }
    return r;
}

std::optional<Id> participantId(Console& console, Database& db, const QString& recordNumber)
{
    const auto id = ParticipantStore(db).findByRecordNumber(recordNumber);
    if (!id) {
        console.fail(id.error());
        return std::nullopt;
    }
    if (!id->has_value()) {
        console.fail(tr("there is no participant with the record number '%1'").arg(recordNumber));
        return std::nullopt;
    }
    return **id;
}

int summary(Console& console, const Invocation& invocation)
{
    const QString record = invocation.value(ParticipantOption);
    if (record.isEmpty())
        return console.usage(tr("--participant RECORD is required"));
    const QString out = invocation.value(OutOption);
    if (!outputFree(console, out))
        return Failed;
    auto request = summaryRequest(console, invocation, true);
    if (!request)
        return UsageError;
    const auto size = pageSize(console, invocation);
    if (!size)
        return UsageError;
    return runSignedIn(console, invocation, [&](Database& db, SignIn&) {
        const auto id = participantId(console, db, record);
        if (!id)
            return int(Failed);
        request->participantId = *id;
        const auto written
            = SummaryExport::writePdf(db, *request, out, Clock::instance().today(), *size);
        if (!written)
            return console.fail(written.error());
        console.print(tr("wrote %1: %2 pages, SHA-256 %3; disclosure %4 recorded")
                          .arg(out)
                          .arg(written->pages)
                          .arg(written->sha256)
                          .arg(written->disclosureId));
        return int(Success);
    });
}

// One file per participant the user reaches (a counselor's caseload by default, or the named
// counselor's), written on every core by BatchSummaryExport. Each is written or refused on its
// own: a refusal is reported and the others go on.
int summaries(Console& console, const Invocation& invocation)
{
    const QString dir = invocation.value(OutOption);
    if (dir.isEmpty())
        return console.usage(tr("--out DIR is required"));
    const QDate today = Clock::instance().today();
    auto request = summaryRequest(console, invocation, false);
    if (!request)
        return UsageError;
    if (request->options.audience == SummaryAudience::External)
        return console.usage(tr("summaries for someone outside the program are written one at a "
                                "time with 'export summary --consent ID'"));
    const auto size = pageSize(console, invocation);
    if (!size)
        return UsageError;
    CaseloadFilter filter;
    if (invocation.isSet(PhaseOption)) {
        filter.phase = parsePhaseKind(invocation.value(PhaseOption));
        if (!filter.phase)
            return console.usage(tr("--phase expects intensive, step_down or aftercare, not '%1'")
                                     .arg(invocation.value(PhaseOption)));
    }
    if (!QDir().mkpath(dir))
        return console.fail(tr("cannot create the folder %1").arg(dir));
    return runSignedIn(console, invocation, [&](Database& db, SignIn&) {
        if (invocation.isSet(CounselorOption)) {
            const auto counselor = staffNamed(console, db, invocation.value(CounselorOption));
            if (!counselor)
                return int(Failed);
            filter.counselorId = counselor->id;
        }
        const auto rows = CaseloadQuery::rows(db, filter, today);
        if (!rows)
            return console.fail(rows.error());
        BatchSummaryExport::Job job;
        job.databasePath = db.path();
        job.session = *db.session();
        job.workstation = db.workstation();
        job.request = *request;
        for (const CaseloadRow& row : *rows)
            job.items.append({ row.participantId, row.recordNumber, row.name });
        job.folder = dir;
        job.pageSize = *size;
        job.today = today;
        QElapsedTimer timer;
        timer.start();
        BatchSummaryExport batch(job);
        QEventLoop loop;
        QObject::connect(&batch, &BatchSummaryExport::itemFinished, &batch,
            [&console](const BatchSummaryOutcome& o) {
                if (o.state == BatchSummaryOutcome::State::Failed)
                    console.report(tr("%1: %2").arg(o.item.recordNumber, printable(o.error)));
            });
        QObject::connect(&batch, &BatchSummaryExport::finished, &loop, &QEventLoop::quit);
        batch.start();
        if (batch.isRunning())
            loop.exec();
        int written = 0;
        int failed = 0;
        for (const BatchSummaryOutcome& o : batch.outcomes()) {
            written += o.state == BatchSummaryOutcome::State::Written ? 1 : 0;
            failed += o.state == BatchSummaryOutcome::State::Failed ? 1 : 0;
        }
        console.print(tr("wrote %1 of %2 summaries to %3 in %4 s; %5 failed")
                          .arg(written)
                          .arg(batch.total())
                          .arg(dir)
                          .arg(QString::number(timer.elapsed() / 1000.0, 'f', 1))
                          .arg(failed));
        return failed == 0 ? int(Success) : int(Failed);
    });
}

bool writeFile(Console& console, const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        console.fail(tr("cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

int csv(Console& console, const Invocation& invocation)
{
    const auto table = CsvExport::tableFromKey(invocation.arguments().value(0));
    if (!table) {
        QStringList keys;
        for (CsvTable t : CsvExport::tables())
            keys << CsvExport::key(t);
        return console.usage(
            tr("TABLE must be one of %1, not '%2'")
                .arg(keys.join(QStringLiteral(", ")), invocation.arguments().value(0)));
    }
    const QString out = invocation.value(OutOption);
    if (!outputFree(console, out))
        return Failed;
    CsvExportOptions options;
    options.byteOrderMark = invocation.isSet(BomOption);
    if (invocation.isSet(FromOption)) {
        const auto from = dateOption(console, invocation, FromOption);
        if (!from)
            return UsageError;
        options.from = *from;
    }
    if (invocation.isSet(ToOption)) {
        const auto to = dateOption(console, invocation, ToOption);
        if (!to)
            return UsageError;
        options.to = *to;
    }
    return runSignedIn(console, invocation, [&](Database& db, SignIn&) {
        if (invocation.isSet(CounselorOption)) {
            const auto counselor = staffNamed(console, db, invocation.value(CounselorOption));
            if (!counselor)
                return int(Failed);
            options.counselorId = counselor->id;
        }
        const auto result = CsvExport::write(db, *table, options);
        if (!result)
            return console.fail(result.error());
        if (!writeFile(console, out, result->bytes))
            return int(Failed);
        console.print(tr("wrote %1: %2 rows").arg(out).arg(result->rowCount));
        return int(Success);
    });
}

int fhir(Console& console, const Invocation& invocation)
{
    const QString record = invocation.value(ParticipantOption);
    if (record.isEmpty())
        return console.usage(tr("--participant RECORD is required"));
    const QString out = invocation.value(OutOption);
    if (!outputFree(console, out))
        return Failed;
    return runSignedIn(console, invocation, [&](Database& db, SignIn&) {
        const auto id = participantId(console, db, record);
        if (!id)
            return int(Failed);
        const auto json = FhirExport::exportParticipant(db, *id);
        if (!json)
            return console.fail(json.error());
        if (!writeFile(console, out, *json))
            return int(Failed);
        console.print(tr("wrote %1").arg(out));
        return int(Success);
    });
}

QList<QCommandLineOption> summaryOptions()
{
    return {
        { FromOption, tr("First day of the period (YYYY-MM-DD)."), tr("DATE") },
        { ToOption, tr("Last day of the period (YYYY-MM-DD), today at the latest."), tr("DATE") },
        { ForOption,
            tr("Who it is for: participant, internal (default) or external (needs --consent)."),
            tr("WHOM") },
        { RecipientOption, tr("To whom it goes (external: defaults to the consent's recipient)."),
            tr("TEXT") },
        { PurposeOption, tr("Why it is sent (external: defaults to the consent's purpose)."),
            tr("TEXT") },
        { SectionsOption,
            tr("Comma-separated sections to include: episode, attendance, assessments, "
               "treatment_plan, toxicology, narrative, aftercare, signatures (default: all)."),
            tr("LIST") },
        { NarrativeOption, tr("A UTF-8 text file with the clinician's narrative."), tr("FILE") },
        { SupervisorOption, tr("Name to print under the supervisor's signature line."),
            tr("NAME") },
        { PageSizeOption, tr("letter or a4 (default: the system's locale decides)."), tr("SIZE") },
    };
}

} // namespace

QList<Command> exportCommands()
{
    QList<QCommandLineOption> one = summaryOptions();
    one.prepend({ OutOption, tr("The PDF to write; must not exist."), tr("FILE") });
    one.prepend({ ConsentOption,
        tr("The consent (number) a disclosure outside the program relies on."), tr("ID") });
    one.prepend({ ParticipantOption, tr("The participant's record number."), tr("RECORD") });
    QList<QCommandLineOption> many = summaryOptions();
    many.prepend({ OutOption, tr("The folder to write into (created if missing)."), tr("DIR") });
    many.prepend({ PhaseOption,
        tr("Only those now in this phase: intensive, step_down or aftercare."), tr("PHASE") });
    many.prepend({ CounselorOption, tr("Only this counselor's caseload."), tr("NAME") });
    const QList<QCommandLineOption> csvOptions {
        { OutOption, tr("The CSV file to write; must not exist."), tr("FILE") },
        { BomOption, tr("Start the file with a UTF-8 byte order mark (older Excel).") },
        { FromOption, tr("First day (YYYY-MM-DD); not for the caseload."), tr("DATE") },
        { ToOption, tr("Last day (YYYY-MM-DD); not for the caseload."), tr("DATE") },
        { CounselorOption, tr("Only this counselor's participants."), tr("NAME") },
    };
    const QList<QCommandLineOption> fhirOptions {
        { ParticipantOption, tr("The participant's record number."), tr("RECORD") },
        { OutOption, tr("The JSON file to write; must not exist."), tr("FILE") },
    };
    return {
        { { QStringLiteral("export"), QStringLiteral("summary") },
            tr("Write one participant's progress summary as a PDF and record the disclosure."), one,
            {}, summary },
        { { QStringLiteral("export"), QStringLiteral("summaries") },
            tr("Write the progress summaries of a caseload into a folder, one PDF each."), many, {},
            summaries },
        { { QStringLiteral("export"), QStringLiteral("csv") },
            tr("Write caseload, attendance, assessments or outcomes as CSV (formulas "
               "neutralised)."),
            csvOptions, { QStringLiteral("TABLE") }, csv },
        { { QStringLiteral("export"), QStringLiteral("fhir") },
            tr("Write one participant's record as a FHIR R4 JSON Bundle."), fhirOptions, {}, fhir },
    };
}

} // namespace stepwise::cli
