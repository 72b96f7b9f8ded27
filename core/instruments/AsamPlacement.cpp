// SPDX-License-Identifier: GPL-3.0-or-later
#include "AsamPlacement.h"

#include <QCoreApplication>

namespace stepwise {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise::AsamPlacement", text);
}

struct Level
{
    const char* code;
    const char* name;
};

// Adult levels of care of The ASAM Criteria, 3rd ed. (2013) and 4th ed. (2023); the names are
// to be confirmed against the books (docs/instruments.md).
const Level third[] = {
    { "0.5", QT_TRANSLATE_NOOP("stepwise::AsamPlacement", "Early intervention") },
    { "OTP", QT_TRANSLATE_NOOP("stepwise::AsamPlacement", "Opioid treatment program") },
    { "1", QT_TRANSLATE_NOOP("stepwise::AsamPlacement", "Outpatient services") },
    { "2.1", QT_TRANSLATE_NOOP("stepwise::AsamPlacement", "Intensive outpatient services") },
    { "2.5", QT_TRANSLATE_NOOP("stepwise::AsamPlacement", "Partial hospitalization services") },
    { "3.1",
        QT_TRANSLATE_NOOP(
            "stepwise::AsamPlacement", "Clinically managed low-intensity residential") },
    { "3.3",
        QT_TRANSLATE_NOOP("stepwise::AsamPlacement",
            "Clinically managed population-specific high-intensity residential") },
    { "3.5",
        QT_TRANSLATE_NOOP(
            "stepwise::AsamPlacement", "Clinically managed high-intensity residential") },
    { "3.7",
        QT_TRANSLATE_NOOP("stepwise::AsamPlacement", "Medically monitored intensive inpatient") },
    { "4", QT_TRANSLATE_NOOP("stepwise::AsamPlacement", "Medically managed intensive inpatient") },
};
const Level fourth[] = {
    { "1.0", QT_TRANSLATE_NOOP("stepwise::AsamPlacement", "Long-term remission monitoring") },
    { "1.5", QT_TRANSLATE_NOOP("stepwise::AsamPlacement", "Outpatient therapy") },
    { "1.7", QT_TRANSLATE_NOOP("stepwise::AsamPlacement", "Medically managed outpatient") },
    { "2.1", QT_TRANSLATE_NOOP("stepwise::AsamPlacement", "Intensive outpatient") },
    { "2.5", QT_TRANSLATE_NOOP("stepwise::AsamPlacement", "High-intensity outpatient") },
    { "2.7",
        QT_TRANSLATE_NOOP("stepwise::AsamPlacement", "Medically managed intensive outpatient") },
    { "3.1",
        QT_TRANSLATE_NOOP(
            "stepwise::AsamPlacement", "Clinically managed low-intensity residential") },
    { "3.5",
        QT_TRANSLATE_NOOP(
            "stepwise::AsamPlacement", "Clinically managed high-intensity residential") },
    { "3.7", QT_TRANSLATE_NOOP("stepwise::AsamPlacement", "Medically managed residential") },
    { "4", QT_TRANSLATE_NOOP("stepwise::AsamPlacement", "Medically managed inpatient") },
};

template<size_t N> QStringList codes(const Level (&list)[N])
{
    QStringList out;
    for (const Level& l : list)
        out.append(QLatin1String(l.code));
    return out;
}

template<size_t N> QString nameOf(const Level (&list)[N], const QString& code)
{
    for (const Level& l : list) {
        if (code == QLatin1String(l.code))
            return QCoreApplication::translate("stepwise::AsamPlacement", l.name);
    }
    return {};
}

} // namespace

QStringList AsamPlacement::levels(int edition)
{
    if (edition == 3)
        return codes(third);
    if (edition == 4)
        return codes(fourth);
    return {};
}

QString AsamPlacement::levelName(int edition, const QString& code)
{
    return edition == 4 ? nameOf(fourth, code) : edition == 3 ? nameOf(third, code) : QString();
}

QJsonObject AsamPlacement::toJson() const
{
    return { { QStringLiteral("edition"), edition },
        { QStringLiteral("recommended_level"), recommendedLevel },
        { QStringLiteral("placed_level"), placedLevel }, { QStringLiteral("reason"), reason } };
}

AsamPlacement AsamPlacement::fromJson(const QJsonObject& json)
{
    AsamPlacement p;
    p.edition = json.value(QStringLiteral("edition")).toInt(3);
    p.recommendedLevel = json.value(QStringLiteral("recommended_level")).toString();
    p.placedLevel = json.value(QStringLiteral("placed_level")).toString();
    p.reason = json.value(QStringLiteral("reason")).toString();
    return p;
}

QList<FieldError> AsamPlacement::validate() const
{
    QList<FieldError> problems;
    if (edition != 3 && edition != 4) {
        problems.append({ QStringLiteral("edition"),
            tr("The ASAM Criteria edition must be 3 or 4, not %1.").arg(edition) });
        return problems;
    }
    const QStringList known = levels(edition);
    if (recommendedLevel.isEmpty())
        problems.append({ QStringLiteral("recommended_level"),
            tr("Choose the level of care the dimensions point to.") });
    else if (!known.contains(recommendedLevel))
        problems.append({ QStringLiteral("recommended_level"),
            tr("%1 is not a level of care of the edition %2 criteria.")
                .arg(recommendedLevel)
                .arg(edition) });
    if (placedLevel.isEmpty())
        problems.append({ QStringLiteral("placed_level"),
            tr("Choose the level of care the participant receives.") });
    else if (!known.contains(placedLevel))
        problems.append({ QStringLiteral("placed_level"),
            tr("%1 is not a level of care of the edition %2 criteria.")
                .arg(placedLevel)
                .arg(edition) });
    if (!recommendedLevel.isEmpty() && !placedLevel.isEmpty() && recommendedLevel != placedLevel
        && reason.trimmed().size() < 10)
        problems.append({ QStringLiteral("reason"),
            tr("The level received differs from the one recommended: give the reason (at least "
               "10 characters).") });
    return problems;
}

} // namespace stepwise
