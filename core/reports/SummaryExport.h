// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "consent/Disclosure.h"
#include "reports/RecordDocument.h"
#include "summary/SummaryOptions.h"

#include <QPageSize>

namespace stepwise {

class Database;

// What a clinician asks for: whose summary, which period, what goes in, for whom.
struct SummaryRequest
{
    Id participantId = 0;
    QDate from;
    QDate to;
    // Sections, narrative, supervisor, audience, recipient and purpose. For External the
    // recipient and purpose may be left empty to take the consent's; the notice and the
    // consent's description are filled in by prepare().
    SummaryOptions options;
    Id consentId = 0; // External only: the consent the disclosure relies on
};

// A summary ready to print or save: the document, and the disclosure to record when it
// leaves the program's hands.
struct PreparedSummary
{
    RecordDocument document;
    DisclosureInput disclosure;
};

struct SummaryExportResult
{
    int pages = 0;
    QString sha256; // of the file written, as recorded in the accounting of disclosures
    Id disclosureId = 0;
};

// Progress summaries leave the program only through here, so every copy is in the accounting
// of disclosures (42 CFR 2.25 style, DisclosureStore) and a copy for someone outside the
// program is refused without a consent in effect today, and otherwise carries the 42 CFR Part
// 2 notice and the consent's description (§2.32, 2024 rule).
namespace SummaryExport {

// Checks the period, the access and the consent, reads the record and builds the document.
// Field errors: "from", "to" (the period), "narrative" (the bracketed prompt of the drafted
// narrative is still in it), and DisclosureRules' fields ("consent", "recipient", ...).
Result<PreparedSummary> prepare(Database& db, const SummaryRequest& request, const QDate& today);

// prepare(), then the PDF: written to `path` only once its disclosure is recorded with the
// file's SHA-256; when the disclosure is refused nothing is written.
Result<SummaryExportResult> writePdf(Database& db, const SummaryRequest& request,
    const QString& path, const QDate& today, const QPageSize& pageSize);

// For a summary sent to a printer (no file to hash): records its disclosure.
Result<Id> recordPrinted(Database& db, const PreparedSummary& summary);

// "SW-00016 progress summary 2025-04-01 to 2026-04-01.pdf", safe on every file system.
QString fileName(const QString& recordNumber, const QDate& from, const QDate& to);

} // namespace SummaryExport
} // namespace stepwise
