// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssessmentSchedule.h"

#include "Instrument.h"

#include <QCoreApplication>
#include <algorithm>

namespace stepwise {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise::AssessmentSchedule", text);
}

const QString Asam = QStringLiteral("asam");

} // namespace

AssessmentScheduleSettings AssessmentScheduleSettings::defaults()
{
    AssessmentScheduleSettings s;
    for (const QString& id : Instruments::ids())
        s.intervalDays.insert(id, { 0, 0, 0 });
    s.intervalDays[QStringLiteral("phq9")] = { 14, 14, 30 };
    s.intervalDays[QStringLiteral("gad7")] = { 14, 14, 30 };
    return s;
}

int AssessmentScheduleSettings::interval(const QString& instrumentId, PhaseKind phase) const
{
    const auto it = intervalDays.constFind(instrumentId);
    return it == intervalDays.constEnd() ? 0 : it->at(size_t(phase));
}

void AssessmentScheduleSettings::setInterval(const QString& instrumentId, PhaseKind phase, int days)
{
    std::array<int, 3> days3 = intervalDays.value(instrumentId, { 0, 0, 0 });
    days3[size_t(phase)] = days;
    intervalDays.insert(instrumentId, days3);
}

QList<FieldError> AssessmentScheduleSettings::validate() const
{
    QList<FieldError> problems;
    for (auto it = intervalDays.constBegin(); it != intervalDays.constEnd(); ++it) {
        for (int phase = 0; phase < 3; ++phase) {
            const int days = it->at(size_t(phase));
            if (days < 0 || days > 365) {
                problems.append(
                    { QStringLiteral("schedule.%1.%2").arg(it.key(), storageKey(PhaseKind(phase))),
                        tr("Days between assessments must be 0 (not scheduled) to 365, not %1.")
                            .arg(days) });
            }
        }
    }
    if (windowDays < 0 || windowDays > 60)
        problems.append({ QStringLiteral("schedule.window_days"),
            tr("The window around admission and phase changes must be 0 to 60 days.") });
    return problems;
}

namespace AssessmentSchedule {

QList<DueAssessment> next(const Episode& episode, const QHash<QString, QDate>& lastDates,
    const AssessmentScheduleSettings& settings)
{
    QList<DueAssessment> list;
    const Phase* phase = episode.currentPhase();
    if (!episode.isOpen() || !phase)
        return list;

    for (const InstrumentDefinition& d : Instruments::all()) {
        const QDate last = lastDates.value(d.id);
        if (d.id == Asam && settings.asamAtPhaseChange) {
            // One ASAM review per phase: at admission for the first, at the change for the
            // others. A review done shortly before the change (the one that decided it) counts.
            const bool satisfied
                = last.isValid() && last >= phase->startDate.addDays(-settings.windowDays);
            if (!satisfied) {
                DueAssessment due;
                due.instrument = d.id;
                due.lastDate = last;
                due.dueDate = phase->startDate.addDays(settings.windowDays);
                due.reason = phase->startDate == episode.admissionDate
                    ? tr("at admission")
                    : tr("at the change to the %1 phase").arg(label(phase->kind).toLower());
                list.append(due);
                continue;
            }
        }
        const int days = settings.interval(d.id, phase->kind);
        if (days <= 0)
            continue;
        DueAssessment due;
        due.instrument = d.id;
        due.lastDate = last;
        // The interval of the phase the participant is in now applies from the last
        // administration, so a move to a phase with a shorter interval brings it forward.
        if (last.isValid()) {
            due.dueDate = last.addDays(days);
            due.reason
                = tr("every %1 days in the %2 phase").arg(days).arg(label(phase->kind).toLower());
        } else {
            due.dueDate = episode.admissionDate.addDays(settings.windowDays);
            due.reason = tr("baseline, within %1 days of admission").arg(settings.windowDays);
        }
        list.append(due);
    }
    std::stable_sort(list.begin(), list.end(),
        [](const DueAssessment& a, const DueAssessment& b) { return a.dueDate < b.dueDate; });
    return list;
}

QList<DueAssessment> overdue(const Episode& episode, const QHash<QString, QDate>& lastDates,
    const AssessmentScheduleSettings& settings, const QDate& today)
{
    QList<DueAssessment> list = next(episode, lastDates, settings);
    list.removeIf([&](const DueAssessment& d) { return !d.isOverdue(today); });
    return list;
}

} // namespace AssessmentSchedule
} // namespace stepwise
