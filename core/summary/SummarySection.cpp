// SPDX-License-Identifier: GPL-3.0-or-later
#include "SummarySection.h"

#include <QCoreApplication>

namespace stepwise {

QList<SummarySection> allSummarySections()
{
    return { SummarySection::Episode, SummarySection::Attendance, SummarySection::Assessments,
        SummarySection::TreatmentPlan, SummarySection::Toxicology, SummarySection::Narrative,
        SummarySection::Aftercare, SummarySection::Signatures };
}

QString storageKey(SummarySection s)
{
    switch (s) {
    case SummarySection::Episode:
        return QStringLiteral("episode");
    case SummarySection::Attendance:
        return QStringLiteral("attendance");
    case SummarySection::Assessments:
        return QStringLiteral("assessments");
    case SummarySection::TreatmentPlan:
        return QStringLiteral("treatment_plan");
    case SummarySection::Toxicology:
        return QStringLiteral("toxicology");
    case SummarySection::Narrative:
        return QStringLiteral("narrative");
    case SummarySection::Aftercare:
        return QStringLiteral("aftercare");
    case SummarySection::Signatures:
        return QStringLiteral("signatures");
    }
    return {};
}

QString label(SummarySection s)
{
    const char* text = "";
    switch (s) {
    case SummarySection::Episode:
        text = QT_TRANSLATE_NOOP("stepwise::SummarySection", "Episode and phases");
        break;
    case SummarySection::Attendance:
        text = QT_TRANSLATE_NOOP("stepwise::SummarySection", "Attendance");
        break;
    case SummarySection::Assessments:
        text = QT_TRANSLATE_NOOP("stepwise::SummarySection", "Assessments");
        break;
    case SummarySection::TreatmentPlan:
        text = QT_TRANSLATE_NOOP("stepwise::SummarySection", "Treatment plan");
        break;
    case SummarySection::Toxicology:
        text = QT_TRANSLATE_NOOP("stepwise::SummarySection", "Toxicology");
        break;
    case SummarySection::Narrative:
        text = QT_TRANSLATE_NOOP("stepwise::SummarySection", "Clinician's narrative");
        break;
    case SummarySection::Aftercare:
        text = QT_TRANSLATE_NOOP("stepwise::SummarySection", "Aftercare plan");
        break;
    case SummarySection::Signatures:
        text = QT_TRANSLATE_NOOP("stepwise::SummarySection", "Signature lines");
        break;
    }
    return QCoreApplication::translate("stepwise::SummarySection", text);
}

std::optional<SummarySection> parseSummarySection(const QString& key)
{
    for (SummarySection s : allSummarySections()) {
        if (storageKey(s) == key.trimmed().toLower())
            return s;
    }
    return std::nullopt;
}

} // namespace stepwise
