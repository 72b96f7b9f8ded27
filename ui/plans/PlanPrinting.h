// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/RecordDocument.h"
#include "storage/CarePlanStore.h"
#include "storage/TreatmentPlanStore.h"

class QWidget;

namespace stepwise {

class AppContext;

// The printable plans of a participant, with the chart's and the program's details they need,
// and the print preview for them. A problem reading either is shown in a message box.
namespace PlanPrinting {

std::optional<RecordDocument> treatmentPlan(
    QWidget* parent, AppContext& context, const PlanVersion& version);
std::optional<RecordDocument> relapsePlan(
    QWidget* parent, AppContext& context, const RelapsePlanVersion& version);
std::optional<RecordDocument> aftercarePlan(
    QWidget* parent, AppContext& context, const AftercarePlanVersion& version);

// Opens the print preview (print, save as PDF) for a document built above.
void preview(QWidget* parent, const std::optional<RecordDocument>& document);

} // namespace PlanPrinting
} // namespace stepwise
