// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/RecordDocument.h"

class QWidget;

namespace stepwise::DocumentPreview {

// The print preview of a record, with Print and Save as PDF; pages laid out by
// DocumentRenderer exactly as in a saved PDF.
void show(QWidget* parent, const RecordDocument& document);

} // namespace stepwise::DocumentPreview
