// SPDX-License-Identifier: GPL-3.0-or-later
#include "Assessment.h"

#include <QCoreApplication>

namespace stepwise {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise::Assessment", text);
}

} // namespace

QString Assessment::summary() const
{
    const InstrumentDefinition* d = definition();
    if (!d)
        return {};
    if (score.total) {
        return score.bandLabel.isEmpty() ? QString::number(*score.total)
                                         : tr("%1 (%2)").arg(*score.total).arg(score.bandLabel);
    }
    QStringList parts;
    if (!d->subscales.isEmpty()) {
        for (const Subscale& s : d->subscales)
            parts.append(tr("%1 %2").arg(s.label).arg(score.subscales.value(s.key)));
        return parts.join(QStringLiteral(" \u00B7 "));
    }
    for (int i = 0; i < d->items.size() && i < answers.size(); ++i) {
        if (!answers.at(i))
            continue;
        parts.append(d->id == QLatin1String("asam")
                ? tr("D%1 %2").arg(d->items.at(i).key).arg(*answers.at(i))
                : tr("%1 %2").arg(d->items.at(i).label).arg(*answers.at(i)));
    }
    return parts.join(QStringLiteral(" \u00B7 "));
}

QString storageKey(FollowUpAction a)
{
    switch (a) {
    case FollowUpAction::SafetyPlan:
        return QStringLiteral("safety_plan");
    case FollowUpAction::CrisisReferral:
        return QStringLiteral("crisis_referral");
    case FollowUpAction::EmergencyEvaluation:
        return QStringLiteral("emergency_evaluation");
    case FollowUpAction::Consultation:
        return QStringLiteral("consultation");
    case FollowUpAction::NoImminentRisk:
        return QStringLiteral("no_imminent_risk");
    case FollowUpAction::EnteredInError:
        return QStringLiteral("entered_in_error");
    }
    return {};
}

QString label(FollowUpAction a)
{
    switch (a) {
    case FollowUpAction::SafetyPlan:
        return tr("Safety plan made or reviewed with the participant");
    case FollowUpAction::CrisisReferral:
        return tr("Referred to crisis services (988, mobile crisis team)");
    case FollowUpAction::EmergencyEvaluation:
        return tr("Sent for emergency evaluation");
    case FollowUpAction::Consultation:
        return tr("Discussed with a supervisor or prescriber; plan agreed");
    case FollowUpAction::NoImminentRisk:
        return tr("Risk assessed: no imminent risk, monitoring continues");
    case FollowUpAction::EnteredInError:
        return tr("Answer entered in error (corrected)");
    }
    return {};
}

QList<FollowUpAction> allFollowUpActions()
{
    return { FollowUpAction::SafetyPlan, FollowUpAction::CrisisReferral,
        FollowUpAction::EmergencyEvaluation, FollowUpAction::Consultation,
        FollowUpAction::NoImminentRisk, FollowUpAction::EnteredInError };
}

std::optional<FollowUpAction> parseFollowUpAction(const QString& key)
{
    for (FollowUpAction a : allFollowUpActions()) {
        if (storageKey(a) == key)
            return a;
    }
    return std::nullopt;
}

} // namespace stepwise
