// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanPrinting.h"

#include "AppContext.h"
#include "common/DocumentPreview.h"
#include "common/MessageBox.h"
#include "reports/PlanDocuments.h"
#include "storage/Database.h"
#include "storage/ParticipantStore.h"
#include "storage/SettingsStore.h"

#include <QCoreApplication>

namespace stepwise::PlanPrinting {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise::PlanPrinting", text);
}

// The participant and the program settings every document's header names.
template<typename Build>
std::optional<RecordDocument> build(
    QWidget* parent, AppContext& context, Id participantId, Build&& makeDocument)
{
    auto participant = ParticipantStore(context.database()).get(participantId);
    if (!participant) {
        MessageBox::warning(parent, tr("Cannot Print"),
            tr("The participant's details could not be read: %1").arg(participant.error().message));
        return std::nullopt;
    }
    auto settings = SettingsStore(context.database()).load();
    if (!settings) {
        MessageBox::warning(parent, tr("Cannot Print"),
            tr("The program settings could not be read: %1").arg(settings.error().message));
        return std::nullopt;
    }
    return makeDocument(*participant, *settings);
}

} // namespace

std::optional<RecordDocument> treatmentPlan(
    QWidget* parent, AppContext& context, const PlanVersion& version)
{
    return build(parent, context, version.participantId,
        [&](const Participant& p, const ProgramSettings& s) {
            return PlanDocuments::treatmentPlan(p, s, version);
        });
}

std::optional<RecordDocument> relapsePlan(
    QWidget* parent, AppContext& context, const RelapsePlanVersion& version)
{
    return build(parent, context, version.participantId,
        [&](const Participant& p, const ProgramSettings& s) {
            return PlanDocuments::relapsePlan(p, s, version);
        });
}

std::optional<RecordDocument> aftercarePlan(
    QWidget* parent, AppContext& context, const AftercarePlanVersion& version)
{
    return build(parent, context, version.participantId,
        [&](const Participant& p, const ProgramSettings& s) {
            return PlanDocuments::aftercarePlan(p, s, version);
        });
}

void preview(QWidget* parent, const std::optional<RecordDocument>& document)
{
    if (document)
        DocumentPreview::show(parent, *document);
}

} // namespace stepwise::PlanPrinting
