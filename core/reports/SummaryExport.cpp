// SPDX-License-Identifier: GPL-3.0-or-later
#include "SummaryExport.h"

#include "DocumentRenderer.h"
#include "ProgressSummaryDocument.h"
#include "consent/ConsentRules.h"
#include "consent/Part2Notice.h"
#include "storage/DisclosureStore.h"
#include "summary/SummaryCollector.h"
#include "summary/SummaryNarrative.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSaveFile>

namespace stepwise::SummaryExport {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise::SummaryExport", text);
}

DisclosureKind kindOf(SummaryAudience audience)
{
    switch (audience) {
    case SummaryAudience::Participant:
        return DisclosureKind::Participant;
    case SummaryAudience::Internal:
        return DisclosureKind::Internal;
    case SummaryAudience::External:
        return DisclosureKind::External;
    }
    return DisclosureKind::External;
}

DisclosureInput disclosureFor(const SummaryRequest& r)
{
    DisclosureInput d;
    d.participantId = r.participantId;
    d.kind = kindOf(r.options.audience);
    d.recipient = r.options.recipient;
    d.purpose = r.options.purpose;
    if (d.purpose.trimmed().isEmpty() && d.kind != DisclosureKind::External)
        d.purpose = d.kind == DisclosureKind::Participant ? tr("Copy for the participant")
                                                          : tr("Internal review");
    if (d.recipient.trimmed().isEmpty() && d.kind == DisclosureKind::Internal)
        d.recipient = tr("Within the program");
    d.description = tr("Progress summary, %1 to %2")
                        .arg(r.from.toString(Qt::ISODate), r.to.toString(Qt::ISODate));
    d.periodFrom = r.from;
    d.periodTo = r.to;
    for (SummarySection s : allSummarySections()) {
        if (r.options.includes(s)
            && (s != SummarySection::Narrative || !r.options.narrative.isEmpty()))
            d.sections << label(s);
    }
    d.consentId = d.kind == DisclosureKind::External ? r.consentId : 0;
    return d;
}

} // namespace

Result<PreparedSummary> prepare(Database& db, const SummaryRequest& request, const QDate& today)
{
    if (request.options.includes(SummarySection::Narrative)
        && SummaryNarrative::hasPrompt(request.options.narrative))
        return Error::validation({ { QStringLiteral("narrative"),
            tr("Replace the bracketed prompt in the narrative with your own assessment, or "
               "delete it.") } });
    // The record first: it checks the period and whether the user may report on the
    // participant, before anything is said about consents.
    auto summary
        = SummaryCollector::collect(db, request.participantId, request.from, request.to, today);
    if (!summary)
        return summary.error();

    PreparedSummary prepared;
    prepared.disclosure = disclosureFor(request);
    auto authorization = DisclosureStore(db).authorize(prepared.disclosure);
    if (!authorization)
        return authorization.error();
    SummaryOptions options = request.options;
    options.recipient = authorization->recipient;
    options.purpose = authorization->purpose;
    prepared.disclosure.recipient = authorization->recipient;
    prepared.disclosure.purpose = authorization->purpose;
    if (authorization->consent) {
        options.consentDescription = ConsentRules::describe(*authorization->consent);
        options.notice = Part2Notice::fullText();
        options.shortNotice = Part2Notice::shortText();
    }
    if (options.audience == SummaryAudience::Participant)
        options.recipient.clear(); // "Prepared for: the participant" says it
    prepared.document = ProgressSummaryDocument::build(*summary, options);
    return prepared;
}

Result<SummaryExportResult> writePdf(Database& db, const SummaryRequest& request,
    const QString& path, const QDate& today, const QPageSize& pageSize)
{
    auto prepared = prepare(db, request, today);
    if (!prepared)
        return prepared.error();
    auto pdf = DocumentRenderer::renderPdf(prepared->document, pageSize);
    if (!pdf)
        return pdf.error();

    SummaryExportResult result;
    result.pages = pdf->pages;
    result.sha256 = QString::fromLatin1(
        QCryptographicHash::hash(pdf->bytes, QCryptographicHash::Sha256).toHex());
    // The file is staged, then the disclosure recorded, then the file put in place: a copy never
    // exists without its entry in the accounting of disclosures. (A failure to put it in place
    // leaves an entry for a file that was not made, which errs on the side of telling.)
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf->bytes) != pdf->bytes.size())
        return Error { ErrorCode::Io, tr("Cannot write %1: %2").arg(path, file.errorString()), {},
            {} };
    prepared->disclosure.documentSha256 = result.sha256;
    auto recorded = DisclosureStore(db).record(prepared->disclosure);
    if (!recorded) {
        file.cancelWriting();
        return recorded.error();
    }
    result.disclosureId = *recorded;
    if (!file.commit())
        return Error { ErrorCode::Io, tr("Cannot write %1: %2").arg(path, file.errorString()), {},
            {} };
    return result;
}

Result<Id> recordPrinted(Database& db, const PreparedSummary& summary)
{
    DisclosureInput d = summary.disclosure;
    d.description += tr(" (printed)");
    return DisclosureStore(db).record(d);
}

QString fileName(const QString& recordNumber, const QDate& from, const QDate& to)
{
    QString safe = recordNumber;
    safe.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    return tr("%1 progress summary %2 to %3.pdf")
        .arg(safe, from.toString(Qt::ISODate), to.toString(Qt::ISODate));
}

} // namespace stepwise::SummaryExport
