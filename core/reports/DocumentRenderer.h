// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "reports/RecordDocument.h"

#include <QPageSize>

class QPagedPaintDevice;

namespace stepwise::DocumentRenderer {

// Letter where the system locale is the US's or Canada's, A4 elsewhere.
QPageSize defaultPageSize();

// Lays the document out on the device's pages (a QPdfWriter or a QPrinter, already set up
// with its page layout): the body flows between a header naming the participant and the
// document and a footer with "Confidential" and "Page N of M". Returns the page count.
Result<int> paint(const RecordDocument& document, QPagedPaintDevice& device);

// A PDF with embedded fonts at `path`, written to a temporary file first so a failure never
// leaves half a document.
Result<int> writePdf(const RecordDocument& document, const QString& path,
    const QPageSize& pageSize = defaultPageSize());

} // namespace stepwise::DocumentRenderer
