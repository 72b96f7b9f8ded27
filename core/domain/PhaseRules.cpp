// SPDX-License-Identifier: GPL-3.0-or-later
#include "PhaseRules.h"

#include <QCoreApplication>
#include <algorithm>

namespace stepwise::PhaseRules {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise::PhaseRules", text);
}

QString dateText(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

Error refused(const char* field, const QString& message)
{
    return Error::validation({ { QLatin1String(field), message } });
}

// Structured hours above this are partial hospitalization or residential care, not outpatient;
// the cap only catches typing errors (ASAM level 2.5 starts at 20 h/week).
constexpr double MaxHoursPerWeek = 40.0;
constexpr int MaxSessionsPerWeek = 14;

} // namespace

QList<FieldError> validatePlan(PhaseKind kind, const PhasePlan& plan)
{
    QList<FieldError> errors;
    const bool needsSessions = kind != PhaseKind::Aftercare;
    if (plan.sessionsPerWeek < (needsSessions ? 1 : 0) || plan.sessionsPerWeek > MaxSessionsPerWeek)
        errors.append({ QLatin1String(SessionsPerWeek),
            needsSessions ? tr("Plan between 1 and %1 sessions a week.").arg(MaxSessionsPerWeek)
                          : tr("Plan between 0 and %1 sessions a week.").arg(MaxSessionsPerWeek) });
    if (!(plan.hoursPerWeek >= 0.0) || plan.hoursPerWeek > MaxHoursPerWeek)
        errors.append({ QLatin1String(HoursPerWeek),
            tr("Plan between 0 and %1 hours a week.").arg(MaxHoursPerWeek) });
    else if (plan.sessionsPerWeek > 0 && plan.hoursPerWeek <= 0.0)
        errors.append({ QLatin1String(HoursPerWeek),
            tr("Sessions are planned, so hours must be more than 0.") });
    return errors;
}

QList<FieldError> validateEpisode(const Episode& e)
{
    QList<FieldError> errors;
    auto fail = [&errors](const QString& message) {
        errors.append({ QLatin1String(Date), message });
    };

    if (!e.admissionDate.isValid())
        fail(tr("The episode has no admission date."));
    if (!e.isOpen() && e.dischargeDate < e.admissionDate)
        fail(tr("Discharge on %1 is before admission on %2.")
                 .arg(dateText(e.dischargeDate), dateText(e.admissionDate)));
    if (e.phases.isEmpty()) {
        fail(tr("The episode has no phase."));
        return errors;
    }
    if (e.phases.first().startDate != e.admissionDate)
        fail(tr("The first phase must start on the admission date (%1).")
                 .arg(dateText(e.admissionDate)));

    int open = 0;
    for (qsizetype i = 0; i < e.phases.size(); ++i) {
        const Phase& p = e.phases.at(i);
        if (p.isOpen()) {
            ++open;
            if (i != e.phases.size() - 1)
                fail(tr("Only the latest phase can be open."));
        } else if (p.endDate < p.startDate) {
            fail(tr("%1 phase ends (%2) before it starts (%3).")
                     .arg(label(p.kind), dateText(p.endDate), dateText(p.startDate)));
        }
        if (p.startDate < e.admissionDate)
            fail(tr("%1 phase starts before admission.").arg(label(p.kind)));
        if (!e.isOpen() && (p.isOpen() || p.endDate > e.dischargeDate))
            fail(tr("%1 phase continues after discharge.").arg(label(p.kind)));
        if (i > 0) {
            const Phase& prev = e.phases.at(i - 1);
            if (!prev.isOpen() && p.startDate <= prev.endDate)
                fail(tr("%1 phase starting %2 overlaps the phase before it (ending %3).")
                         .arg(label(p.kind), dateText(p.startDate), dateText(prev.endDate)));
        }
    }
    if (e.isOpen() && open != 1)
        fail(tr("An episode in care must have exactly one current phase."));
    return errors;
}

Result<Episode> transition(const Episode& e, PhaseKind to, const QDate& date, const PhasePlan& plan,
    const QString& reason, const QDate& today)
{
    if (!e.isOpen())
        return refused(Date,
            tr("This episode was discharged on %1; readmit the participant first.")
                .arg(dateText(e.dischargeDate)));
    const Phase* current = e.currentPhase();
    if (!current)
        return refused(Kind, tr("The episode has no current phase."));
    if (current->kind == to)
        return refused(Kind,
            tr("The participant is already in the %1 phase; edit its plan instead.")
                .arg(label(to)));

    QList<FieldError> errors;
    if (!date.isValid())
        errors.append({ QLatin1String(Date), tr("Choose the date of the change.") });
    else if (date > today)
        errors.append({ QLatin1String(Date), tr("The change cannot be dated in the future.") });
    else if (date <= current->startDate)
        errors.append({ QLatin1String(Date),
            tr("The %1 phase began on %2; the change must be dated after that.")
                .arg(label(current->kind), dateText(current->startDate)) });
    if (reason.trimmed().isEmpty())
        errors.append({ QLatin1String(Reason), tr("Give the reason for the change.") });
    errors += validatePlan(to, plan);
    if (!errors.isEmpty())
        return Error::validation(errors);

    Episode next = e;
    Phase& closing = next.phases.last();
    closing.endDate = date.addDays(-1);
    Phase opened;
    opened.episodeId = e.id;
    opened.kind = to;
    opened.startDate = date;
    opened.plan = plan;
    opened.reason = reason.trimmed();
    next.phases.append(opened);
    return next;
}

Result<Episode> admit(const QList<Episode>& previous, const QDate& admission,
    const QDate& dateOfBirth, const PhasePlan& plan, const QString& reason, const QDate& today)
{
    QList<FieldError> errors;
    const auto open = std::find_if(
        previous.begin(), previous.end(), [](const Episode& e) { return e.isOpen(); });
    if (open != previous.end())
        errors.append({ QLatin1String(Date),
            tr("The participant is still in care since %1; discharge before readmitting.")
                .arg(dateText(open->admissionDate)) });
    if (!admission.isValid())
        errors.append({ QLatin1String(Date), tr("Admission date is required.") });
    else if (admission > today)
        errors.append({ QLatin1String(Date), tr("Admission cannot be dated in the future.") });
    else if (dateOfBirth.isValid() && admission < dateOfBirth)
        errors.append({ QLatin1String(Date), tr("Admission is before the date of birth.") });
    for (const Episode& e : previous) {
        if (!e.isOpen() && admission.isValid() && admission <= e.dischargeDate) {
            errors.append({ QLatin1String(Date),
                tr("Readmission must be after the last discharge (%1).")
                    .arg(dateText(e.dischargeDate)) });
            break;
        }
    }
    errors += validatePlan(PhaseKind::Intensive, plan);
    if (!errors.isEmpty())
        return Error::validation(errors);

    Episode e;
    e.admissionDate = admission;
    Phase first;
    first.kind = PhaseKind::Intensive;
    first.startDate = admission;
    first.plan = plan;
    first.reason = reason.trimmed().isEmpty()
        ? (previous.isEmpty() ? tr("Admission") : tr("Readmission"))
        : reason.trimmed();
    e.phases.append(first);
    return e;
}

Result<Episode> discharge(
    const Episode& e, const QDate& date, const QString& reason, const QDate& today)
{
    if (!e.isOpen())
        return refused(
            Date, tr("This episode was already discharged on %1.").arg(dateText(e.dischargeDate)));
    const Phase* current = e.currentPhase();
    QList<FieldError> errors;
    if (!date.isValid())
        errors.append({ QLatin1String(Date), tr("Discharge date is required.") });
    else if (date > today)
        errors.append({ QLatin1String(Date), tr("Discharge cannot be dated in the future.") });
    else if (current && date < current->startDate)
        errors.append({ QLatin1String(Date),
            tr("The current phase began on %1; discharge cannot be earlier.")
                .arg(dateText(current->startDate)) });
    if (reason.trimmed().isEmpty())
        errors.append({ QLatin1String(Reason), tr("Give the reason for discharge.") });
    if (!errors.isEmpty())
        return Error::validation(errors);

    Episode closed = e;
    closed.dischargeDate = date;
    closed.dischargeReason = reason.trimmed();
    if (!closed.phases.isEmpty() && closed.phases.last().isOpen())
        closed.phases.last().endDate = date;
    return closed;
}

int daysInProgram(const Episode& e, const QDate& today)
{
    if (!e.admissionDate.isValid())
        return -1;
    const QDate end = e.isOpen() ? today : e.dischargeDate;
    return end < e.admissionDate ? 0 : int(e.admissionDate.daysTo(end)) + 1;
}

int daysInPhase(const Phase& p, const QDate& today)
{
    if (!p.startDate.isValid())
        return -1;
    const QDate end = p.isOpen() ? today : p.endDate;
    return end < p.startDate ? 0 : int(p.startDate.daysTo(end)) + 1;
}

} // namespace stepwise::PhaseRules
