// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/RecordDocument.h"

#include <QPageSize>
#include <functional>

class QPrinter;
class QWidget;

namespace stepwise::DocumentPreview {

struct Options
{
    QPageSize pageSize; // invalid: DocumentRenderer::defaultPageSize()
    // Saving the caller's way instead of a plain PDF, for a document whose every copy must be
    // recorded (a disclosure). Returns true to close the preview (saved, or refused with the
    // reason shown in the caller's window).
    std::function<bool(QWidget* preview)> saveAsPdf;
};

// The print preview of a record, with Print and Save as PDF; pages laid out by
// DocumentRenderer exactly as in a saved PDF.
void show(QWidget* parent, const RecordDocument& document);

// As above. True when the document went to a printer: the print dialog was accepted and the
// pages were laid out without error.
bool show(QWidget* parent, const RecordDocument& document, const Options& options);

// The page size, margins and document name every printed record uses.
void setUpPrinter(QPrinter& printer, const RecordDocument& document, const QPageSize& pageSize);

} // namespace stepwise::DocumentPreview
