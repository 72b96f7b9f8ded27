// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanDocuments.h"

#include "domain/ProgramSettings.h"
#include "reports/Html.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace stepwise::PlanDocuments {

namespace {

QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("stepwise::PlanDocuments", text, nullptr, n);
}

// The locale's short date with a four-digit year, as the screens show dates.
QString shortDate(const QDate& date)
{
    if (!date.isValid())
        return {};
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QStringLiteral("yyyy")))
        format.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    return QLocale().toString(date, format);
}

// "Monday, March 9, 2026": a participant reads the weekday more easily than 3/9/2026.
QString longDate(const QDate& date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::LongFormat) : QString();
}

// The locale's short time without seconds: "4:30 PM", "16:30".
QString clockTime(const QTime& time)
{
    if (!time.isValid())
        return {};
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    static const QRegularExpression seconds(QStringLiteral("[:.]ss?"));
    return QLocale().toString(time, format.remove(seconds));
}

QDate localDay(const QDateTime& utc)
{
    return utc.isValid() ? utc.toLocalTime().date() : QDate();
}

RecordDocument header(
    const Participant& participant, const ProgramSettings& program, const QString& title)
{
    RecordDocument d;
    d.title = title;
    d.participantName = participant.legalFirstName + QLatin1Char(' ') + participant.legalLastName;
    d.recordNumber = participant.recordNumber;
    d.dateOfBirth = participant.dateOfBirth;
    d.clinicName = program.clinicName;
    d.programName = program.programName;
    return d;
}

// A bulleted list of typed lines, each escaped.
QString bullets(const QStringList& items)
{
    QString html = QStringLiteral("<ul>");
    for (const QString& item : items) {
        if (!item.trimmed().isEmpty())
            html += QStringLiteral("<li>") + Html::escape(item.trimmed()) + QStringLiteral("</li>");
    }
    return html + QStringLiteral("</ul>");
}

// Escaped lines of one table cell, skipping the empty ones.
QString cellLines(const QStringList& lines)
{
    QStringList kept;
    for (const QString& l : lines) {
        if (!l.trimmed().isEmpty())
            kept.append(Html::escape(l.trimmed()));
    }
    return kept.join(QStringLiteral("<br/>"));
}

QString muted(const QString& escapedHtml)
{
    return QStringLiteral("<p><i>") + escapedHtml + QStringLiteral("</i></p>");
}

QString diagnosisText(const Participant& participant, const QString& code)
{
    if (code.trimmed().isEmpty())
        return {};
    for (const Diagnosis& d : participant.diagnoses) {
        if (d.icd10Code.compare(code.trimmed(), Qt::CaseInsensitive) == 0)
            return d.description.isEmpty() ? d.icd10Code
                                           : tr("%1 %2").arg(d.icd10Code, d.description);
    }
    return code.trimmed().toUpper();
}

QString interventionText(const PlanIntervention& i)
{
    QStringList parts;
    if (!i.serviceType.trimmed().isEmpty())
        parts.append(i.serviceType.trimmed());
    if (!i.frequency.trimmed().isEmpty())
        parts.append(i.frequency.trimmed());
    QString text = parts.join(QStringLiteral(", "));
    if (!i.responsibleName.trimmed().isEmpty())
        text += tr(" (%1)").arg(i.responsibleName.trimmed());
    return text;
}

QString contactsTable(const QList<SupportContact>& people)
{
    QList<QStringList> rows;
    for (const SupportContact& c : people)
        rows.append({ Html::escape(c.name), Html::escape(c.relationship),
            QStringLiteral("<b>") + Html::escape(c.phone) + QStringLiteral("</b>") });
    return Html::table({ tr("Name"), tr("Who they are"), tr("Phone") }, rows);
}

// Service kinds in the participant's words rather than the program's.
QString plainService(AftercareServiceKind kind)
{
    switch (kind) {
    case AftercareServiceKind::OutpatientTherapy:
        return tr("Counseling");
    case AftercareServiceKind::GroupCounseling:
        return tr("Group counseling");
    case AftercareServiceKind::MedicationManagement:
        return tr("Medication appointments");
    case AftercareServiceKind::Other:
        break;
    }
    return tr("Other help");
}

QString plainGroup(SupportGroupKind kind)
{
    switch (kind) {
    case SupportGroupKind::TwelveStep:
        return tr("12-step meeting");
    case SupportGroupKind::SmartRecovery:
        return tr("SMART Recovery meeting");
    case SupportGroupKind::Other:
        break;
    }
    return tr("Support meeting");
}

QString dayNames(const QList<Qt::DayOfWeek>& days)
{
    QStringList names;
    for (Qt::DayOfWeek d : days)
        names.append(QLocale().dayName(d, QLocale::LongFormat));
    return names.join(QStringLiteral(", "));
}

QString whenText(const QDate& date, const QTime& time)
{
    if (!date.isValid())
        return {};
    return time.isValid() ? tr("%1 at %2").arg(longDate(date), clockTime(time)) : longDate(date);
}

QString signedBy(const QString& name, const QDateTime& at)
{
    return tr("Written with %1 on %2.").arg(name, longDate(localDay(at)));
}

} // namespace

RecordDocument treatmentPlan(
    const Participant& participant, const ProgramSettings& program, const PlanVersion& version)
{
    RecordDocument doc = header(participant, program,
        version.isDraft() ? tr("Treatment Plan, version %1 (draft)").arg(version.version)
                          : tr("Treatment Plan, version %1").arg(version.version));
    QString body;
    QList<QPair<QString, QString>> facts;
    facts.append({ tr("Version:"), QString::number(version.version) });
    facts.append({ tr("Status:"),
        version.isDraft()
            ? tr("Draft, not finalized: not yet agreed by the clinician")
            : tr("Finalized on %1 by %2")
                  .arg(shortDate(localDay(version.finalizedAt)), version.finalizedByName) });
    if (version.version > 1 && !version.changeNote.trimmed().isEmpty())
        facts.append({ tr("Changes from version %1:").arg(version.version - 1),
            version.changeNote.trimmed() });
    body += Html::fields(facts);

    if (version.plan.problems.isEmpty())
        body += muted(Html::escape(tr("No problems have been entered.")));
    int pn = 0;
    for (const PlanProblem& p : version.plan.problems) {
        ++pn;
        body += Html::heading(2, tr("Problem %1: %2").arg(pn).arg(p.statement.trimmed()));
        if (const QString dx = diagnosisText(participant, p.diagnosisCode); !dx.isEmpty())
            body += Html::fields({ { tr("Diagnosis:"), dx } });
        int gn = 0;
        for (const PlanGoal& g : p.goals) {
            ++gn;
            body += Html::heading(3, tr("Goal %1.%2").arg(pn).arg(gn));
            body += Html::fields({ { tr("In the participant's words:"), g.participantWords },
                { tr("In clinical terms:"), g.clinicalTerms } });
            QList<QStringList> rows;
            int on = 0;
            for (const PlanObjective& o : g.objectives) {
                ++on;
                QStringList how;
                for (const PlanIntervention& i : o.interventions)
                    how.append(interventionText(i));
                rows.append({ QStringLiteral("%1.%2.%3").arg(pn).arg(gn).arg(on),
                    Html::escape(o.text.trimmed()), Html::escape(shortDate(o.targetDate)),
                    Html::escape(label(o.status)), cellLines(how) });
            }
            if (rows.isEmpty())
                body += muted(Html::escape(tr("No objectives yet.")));
            else
                body += Html::table({ tr("No."), tr("Objective"), tr("Target date"), tr("Status"),
                                        tr("Interventions (service, frequency, responsible)") },
                    rows);
        }
    }

    body += Html::heading(2, tr("Agreement"));
    if (version.isDraft()) {
        body += Html::signatureLine(tr("Clinician"));
    } else {
        const QDateTime at = version.finalizedAt.toLocalTime();
        body += Html::paragraph(
            tr("Finalized by %1 on %2 at %3; finalizing records the clinician's agreement with "
               "this plan.")
                .arg(version.finalizedByName, shortDate(at.date()), clockTime(at.time())));
        body += Html::signatureLine(
            tr("Clinician"), version.finalizedByName, shortDate(localDay(version.finalizedAt)));
    }
    if (version.participantAgreedOn.isValid()) {
        body += Html::paragraph(tr("The participant agreed to this plan on %1: %2")
                                    .arg(shortDate(version.participantAgreedOn),
                                        version.participantAgreement.trimmed()));
        body += Html::signatureLine(
            tr("Participant"), doc.participantName, shortDate(version.participantAgreedOn));
    } else {
        body += Html::signatureLine(tr("Participant"), doc.participantName);
    }
    doc.bodyHtml = body;
    return doc;
}

RecordDocument relapsePlan(const Participant& participant, const ProgramSettings& program,
    const RelapsePlanVersion& version)
{
    RecordDocument doc = header(participant, program, tr("My Relapse Prevention Plan"));
    doc.forParticipant = true;
    const RelapsePlan plan = version.plan.normalized();
    QString body;
    body += Html::paragraph(
        tr("This is your plan for staying on track. Keep it somewhere you can find it quickly, "
           "and share it with the people you trust."));

    body += Html::heading(2, tr("Things that can set off use for you"));
    body += plan.triggers.isEmpty() ? muted(Html::escape(tr("None written down yet.")))
                                    : bullets(plan.triggers);
    body += Html::paragraph(tr("When you know one of these is coming, plan ahead: use one of the "
                               "things below, or call someone on your list."));

    if (!plan.warningSigns.isEmpty()) {
        body += Html::heading(2, tr("Signs that you may be heading toward use"));
        body += Html::paragraph(tr("When you notice these signs in yourself, it is time to act:"));
        body += bullets(plan.warningSigns);
    }

    body += Html::heading(2, tr("What you can do instead"));
    body += plan.copingStrategies.isEmpty() ? muted(Html::escape(tr("None written down yet.")))
                                            : bullets(plan.copingStrategies);

    body += Html::heading(2, tr("People you can call"));
    body += Html::paragraph(tr("Call one of them before you use, not after. They said yes to "
                               "being on this list."));
    body += contactsTable(plan.peopleToCall);

    body
        += Html::paragraph(tr("If you are in danger right now, call your local emergency number."));
    body += muted(Html::escape(signedBy(version.recordedByName, version.recordedAt)));
    doc.bodyHtml = body;
    return doc;
}

RecordDocument aftercarePlan(const Participant& participant, const ProgramSettings& program,
    const AftercarePlanVersion& version)
{
    RecordDocument doc = header(participant, program, tr("My Aftercare Plan"));
    doc.forParticipant = true;
    const AftercarePlan& plan = version.plan;
    QString body;
    body += Html::paragraph(tr("This is your plan for after the program: where to go, when, and "
                               "who to call. Bring it to your first appointments."));

    if (!plan.services.isEmpty()) {
        body += Html::heading(2, tr("Your appointments"));
        QList<QStringList> rows;
        for (const AftercareService& s : plan.services) {
            QString when = Html::escape(whenText(s.appointmentDate, s.appointmentTime));
            if (when.isEmpty())
                when = Html::escape(tr("Call them to set up your first appointment."));
            else
                when = QStringLiteral("<b>") + when + QStringLiteral("</b>");
            QStringList who { s.provider };
            if (!s.contactPerson.trimmed().isEmpty())
                who.append(tr("Ask for %1").arg(s.contactPerson.trimmed()));
            QString what = Html::escape(plainService(s.kind));
            if (!s.note.trimmed().isEmpty())
                what += QStringLiteral("<br/>") + Html::escape(s.note.trimmed());
            rows.append({ what, cellLines(who), Html::escape(s.phone.trimmed()), when });
        }
        body += Html::table({ tr("What"), tr("Where"), tr("Phone"), tr("When") }, rows);
    }

    if (!plan.supportGroups.isEmpty()) {
        body += Html::heading(2, tr("Your support meetings"));
        QList<QStringList> rows;
        for (const SupportGroup& g : plan.supportGroups) {
            QString when = dayNames(g.days);
            if (g.time.isValid())
                when = tr("%1 at %2").arg(when, clockTime(g.time));
            QStringList where;
            if (g.online)
                where.append(tr("Online"));
            if (!g.location.trimmed().isEmpty())
                where.append(g.location.trimmed());
            rows.append({ cellLines({ g.name, plainGroup(g.kind) }), Html::escape(when),
                cellLines(where) });
        }
        body += Html::table({ tr("Meeting"), tr("When"), tr("Where") }, rows);
    }

    if (plan.soberLiving) {
        const SoberLiving& s = *plan.soberLiving;
        body += Html::heading(2, tr("Where you will live"));
        QList<QPair<QString, QString>> facts { { tr("House:"), s.residence } };
        if (!s.address.trimmed().isEmpty())
            facts.append({ tr("Address:"), s.address.trimmed() });
        if (!s.phone.trimmed().isEmpty())
            facts.append({ tr("Phone:"), s.phone.trimmed() });
        if (s.moveInDate.isValid())
            facts.append({ tr("Moving in:"), longDate(s.moveInDate) });
        body += Html::fields(facts);
    }

    if (!plan.relapseTriggers.trimmed().isEmpty()) {
        body += Html::heading(2, tr("Things that can set off use for you"));
        body += bullets(plan.relapseTriggers.split(QLatin1Char('\n')));
    }
    if (!plan.copingPlan.trimmed().isEmpty()) {
        body += Html::heading(2, tr("When things get hard, you can"));
        body += bullets(plan.copingPlan.split(QLatin1Char('\n')));
    }
    if (!plan.supportNetwork.isEmpty()) {
        body += Html::heading(2, tr("People you can call"));
        body += contactsTable(plan.supportNetwork);
    }
    body
        += Html::paragraph(tr("If you are in danger right now, call your local emergency number."));
    body += muted(Html::escape(signedBy(version.recordedByName, version.recordedAt)));
    doc.bodyHtml = body;
    return doc;
}

} // namespace stepwise::PlanDocuments
