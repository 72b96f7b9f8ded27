// SPDX-License-Identifier: GPL-3.0-or-later
#include "Discharge.h"

#include <QCoreApplication>

namespace stepwise {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise::Discharge", text);
}

} // namespace

QList<DischargeReason> allDischargeReasons()
{
    return { DischargeReason::Completed, DischargeReason::TransferredHigher,
        DischargeReason::TransferredLower, DischargeReason::LeftAgainstAdvice,
        DischargeReason::Administrative, DischargeReason::Moved, DischargeReason::Incarcerated,
        DischargeReason::Deceased, DischargeReason::Other };
}

QList<DischargeCondition> allDischargeConditions()
{
    return { DischargeCondition::Improved, DischargeCondition::PartlyImproved,
        DischargeCondition::Unchanged, DischargeCondition::Worsened, DischargeCondition::Unknown };
}

QString storageKey(DischargeReason r)
{
    switch (r) {
    case DischargeReason::Completed:
        return QStringLiteral("completed");
    case DischargeReason::TransferredHigher:
        return QStringLiteral("transferred_higher");
    case DischargeReason::TransferredLower:
        return QStringLiteral("transferred_lower");
    case DischargeReason::LeftAgainstAdvice:
        return QStringLiteral("left_against_advice");
    case DischargeReason::Administrative:
        return QStringLiteral("administrative");
    case DischargeReason::Moved:
        return QStringLiteral("moved");
    case DischargeReason::Incarcerated:
        return QStringLiteral("incarcerated");
    case DischargeReason::Deceased:
        return QStringLiteral("deceased");
    case DischargeReason::Other:
        return QStringLiteral("other");
    }
    return {};
}

QString storageKey(DischargeCondition c)
{
    switch (c) {
    case DischargeCondition::Improved:
        return QStringLiteral("improved");
    case DischargeCondition::PartlyImproved:
        return QStringLiteral("partly_improved");
    case DischargeCondition::Unchanged:
        return QStringLiteral("unchanged");
    case DischargeCondition::Worsened:
        return QStringLiteral("worsened");
    case DischargeCondition::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

std::optional<DischargeReason> parseDischargeReason(const QString& key)
{
    for (DischargeReason r : allDischargeReasons())
        if (storageKey(r) == key)
            return r;
    return std::nullopt;
}

std::optional<DischargeCondition> parseDischargeCondition(const QString& key)
{
    for (DischargeCondition c : allDischargeConditions())
        if (storageKey(c) == key)
            return c;
    return std::nullopt;
}

QString label(DischargeReason r)
{
    switch (r) {
    case DischargeReason::Completed:
        return tr("Completed the program");
    case DischargeReason::TransferredHigher:
        return tr("Transferred to a higher level of care");
    case DischargeReason::TransferredLower:
        return tr("Transferred to a lower level of care");
    case DischargeReason::LeftAgainstAdvice:
        return tr("Left against clinical advice");
    case DischargeReason::Administrative:
        return tr("Administrative discharge");
    case DischargeReason::Moved:
        return tr("Moved away");
    case DischargeReason::Incarcerated:
        return tr("Incarcerated");
    case DischargeReason::Deceased:
        return tr("Deceased");
    case DischargeReason::Other:
        return tr("Other");
    }
    return {};
}

QString label(DischargeCondition c)
{
    switch (c) {
    case DischargeCondition::Improved:
        return tr("Improved");
    case DischargeCondition::PartlyImproved:
        return tr("Partly improved");
    case DischargeCondition::Unchanged:
        return tr("Unchanged");
    case DischargeCondition::Worsened:
        return tr("Worsened");
    case DischargeCondition::Unknown:
        return tr("Unknown (left without a final contact)");
    }
    return {};
}

} // namespace stepwise
