// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanReviewRules.h"

#include <QCoreApplication>
#include <algorithm>

namespace stepwise {

namespace {

QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("stepwise::PlanReviewRules", text, nullptr, n);
}

struct OccasionName
{
    ReviewOccasion occasion;
    const char* key;
    const char* label;
};

const OccasionName occasionNames[] = {
    { ReviewOccasion::Scheduled, "scheduled",
        QT_TRANSLATE_NOOP("stepwise::PlanReviewRules", "Scheduled review") },
    { ReviewOccasion::PhaseChange, "phase_change",
        QT_TRANSLATE_NOOP("stepwise::PlanReviewRules", "Phase change") },
    { ReviewOccasion::Requested, "requested",
        QT_TRANSLATE_NOOP("stepwise::PlanReviewRules", "Requested review") },
};

const OccasionName& find(ReviewOccasion o)
{
    for (const OccasionName& n : occasionNames) {
        if (n.occasion == o)
            return n;
    }
    return occasionNames[0];
}

QDate latest(const QList<QDate>& dates)
{
    QDate d;
    for (const QDate& x : dates) {
        if (x.isValid() && (!d.isValid() || x > d))
            d = x;
    }
    return d;
}

QDate earliest(const QList<QDate>& dates)
{
    QDate d;
    for (const QDate& x : dates) {
        if (x.isValid() && (!d.isValid() || x < d))
            d = x;
    }
    return d;
}

PlanDue make(PlanDueKind kind, const QDate& since, const QDate& due, const QDate& today)
{
    PlanDue d;
    d.kind = kind;
    d.since = since;
    d.dueDate = due;
    d.daysOverdue = std::max(0, int(due.daysTo(today)));
    return d;
}

} // namespace

QString storageKey(ReviewOccasion o)
{
    return QLatin1String(find(o).key);
}

QString label(ReviewOccasion o)
{
    return tr(find(o).label);
}

std::optional<ReviewOccasion> parseReviewOccasion(const QString& key)
{
    for (const OccasionName& n : occasionNames) {
        if (key == QLatin1String(n.key))
            return n.occasion;
    }
    return std::nullopt;
}

QList<ReviewOccasion> allReviewOccasions()
{
    QList<ReviewOccasion> list;
    for (const OccasionName& n : occasionNames)
        list.append(n.occasion);
    return list;
}

QString PlanDue::summary() const
{
    const QString date = dueDate.toString(Qt::ISODate);
    // Two strings rather than "day(s)": English has no plural forms file to pick from.
    const QString late = (daysOverdue == 1 ? tr("1 day") : tr("%1 days").arg(daysOverdue));
    switch (kind) {
    case PlanDueKind::FirstPlan:
        return overdue() ? tr("First treatment plan overdue by %1").arg(late)
                         : tr("First treatment plan due %1").arg(date);
    case PlanDueKind::Review:
        return overdue() ? tr("Treatment plan review overdue by %1").arg(late)
                         : tr("Treatment plan review due %1").arg(date);
    case PlanDueKind::PhaseChange: {
        const QString name = phase ? label(*phase) : QString();
        return overdue() ? tr("Plan review for the %1 phase overdue by %2").arg(name, late)
                         : tr("Plan review for the %1 phase due %2").arg(name, date);
    }
    }
    return {};
}

namespace PlanReviewRules {

std::optional<PlanDue> nextReviewDue(const Episode& episode, const QList<QDate>& finalizedOn,
    const QList<QDate>& reviewedOn, const RecordsSettings& settings, const QDate& today)
{
    if (!episode.isOpen() || !episode.admissionDate.isValid())
        return std::nullopt;
    const QDate firstFinal = earliest(finalizedOn);
    if (!firstFinal.isValid())
        return make(PlanDueKind::FirstPlan, episode.admissionDate,
            episode.admissionDate.addDays(settings.initialPlanDays), today);

    const QDate lastReview = latest(reviewedOn);
    const QDate since = lastReview.isValid() ? std::max(lastReview, firstFinal) : firstFinal;
    PlanDue due = make(PlanDueKind::Review, since, since.addDays(settings.planReviewDays), today);

    // The first phase change the plan has not been reviewed since; the admission's own phase
    // is not a change.
    for (qsizetype i = 1; i < episode.phases.size(); ++i) {
        const Phase& p = episode.phases.at(i);
        if (!p.startDate.isValid() || p.startDate <= since)
            continue;
        PlanDue change = make(PlanDueKind::PhaseChange, p.startDate,
            p.startDate.addDays(PhaseChangeGraceDays), today);
        change.phase = p.kind;
        if (change.dueDate <= due.dueDate)
            due = change;
        break;
    }
    return due;
}

} // namespace PlanReviewRules
} // namespace stepwise
