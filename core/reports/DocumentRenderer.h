// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "reports/RecordDocument.h"

#include <QPageSize>
#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace stepwise::DocumentRenderer {

// Letter where the system locale is the US's or Canada's, A4 elsewhere.
QPageSize defaultPageSize();

// The body laid out for the device's pages, table rows kept whole (TableRowKeeper), before
// the header and footer are painted around it: for paint() and for tests of the pagination.
std::unique_ptr<QTextDocument> layout(const RecordDocument& document, QPagedPaintDevice& device);

// Lays the document out on the device's pages (a QPdfWriter or a QPrinter, already set up
// with its page layout): the body flows between a header naming the participant and the
// document and a footer with "Confidential" and "Page N of M". Returns the page count.
Result<int> paint(const RecordDocument& document, QPagedPaintDevice& device);

struct RenderedPdf
{
    QByteArray bytes;
    int pages = 0;
};

// The PDF (embedded fonts, 300 dpi, 18 mm side and 15 mm top and bottom margins) in memory,
// for a caller that must hash or record it before it becomes a file.
Result<RenderedPdf> renderPdf(
    const RecordDocument& document, const QPageSize& pageSize = defaultPageSize());

// A PDF with embedded fonts at `path`, written to a temporary file first so a failure never
// leaves half a document.
Result<int> writePdf(const RecordDocument& document, const QString& path,
    const QPageSize& pageSize = defaultPageSize());

} // namespace stepwise::DocumentRenderer
