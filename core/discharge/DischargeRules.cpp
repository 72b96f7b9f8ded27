// SPDX-License-Identifier: GPL-3.0-or-later
#include "DischargeRules.h"

#include "common/ContentHash.h"
#include "instruments/Instrument.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <algorithm>

namespace stepwise::DischargeRules {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise::DischargeRules", text);
}

QString day(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

QString scoreText(const std::optional<int>& total, const QString& band)
{
    if (!total)
        return band;
    return band.isEmpty() ? QString::number(*total)
                          : QStringLiteral("%1 (%2)").arg(*total).arg(band);
}

} // namespace

QList<FinalScore> finalScores(const QList<Assessment>& history, Id episodeId)
{
    QList<Assessment> mine;
    for (const Assessment& a : history)
        if (a.episodeId == episodeId && !a.superseded && a.score.total)
            mine.append(a);
    std::stable_sort(mine.begin(), mine.end(), [](const Assessment& a, const Assessment& b) {
        return a.administeredOn < b.administeredOn;
    });
    QList<FinalScore> scores;
    for (const QString& id : Instruments::ids()) {
        FinalScore s;
        for (const Assessment& a : mine) {
            if (a.instrument != id)
                continue;
            if (s.instrument.isEmpty()) {
                s.instrument = id;
                const InstrumentDefinition* d = a.definition();
                s.name = d ? d->name : id;
                s.firstDate = a.administeredOn;
                s.firstTotal = a.score.total;
                s.firstBand = a.score.bandLabel;
            }
            s.lastDate = a.administeredOn;
            s.lastTotal = a.score.total;
            s.lastBand = a.score.bandLabel;
        }
        if (!s.instrument.isEmpty())
            scores.append(s);
    }
    return scores;
}

QString draftSummary(const EpisodeFacts& f)
{
    const QLocale locale;
    QStringList out;
    const Episode& e = f.episode;
    out << tr("COURSE OF TREATMENT");
    out << tr("%1 (%2) was admitted to the intensive outpatient program on %3 and discharged on "
              "%4 after %5 days.")
               .arg(f.participantName, f.recordNumber, day(e.admissionDate), day(f.dischargeDate))
               .arg(e.admissionDate.daysTo(f.dischargeDate) + 1);
    for (const Phase& p : e.phases) {
        const QDate end = p.endDate.isValid() ? p.endDate : f.dischargeDate;
        out << tr("- %1: %2 to %3 (%4 days).")
                   .arg(label(p.kind), day(p.startDate), day(end))
                   .arg(p.startDate.daysTo(end) + 1);
    }
    out << QString() << tr("ATTENDANCE");
    // Two strings rather than "(s)": English has no plural forms file to pick from.
    const QString sessions
        = f.sessionsAttended == 1 ? tr("1 session") : tr("%1 sessions").arg(f.sessionsAttended);
    out << tr("Attended %1 (%2 hours); %3 excused and %4 unexcused absences.")
               .arg(sessions)
               .arg(locale.toString(f.hoursAttended, 'f', 1))
               .arg(f.excusedAbsences)
               .arg(f.unexcusedAbsences);
    out << QString() << tr("STANDARDIZED MEASURES");
    if (f.scores.isEmpty())
        out << tr("No scored measures were recorded in this episode.");
    for (const FinalScore& s : f.scores) {
        if (s.firstDate == s.lastDate)
            out << tr("- %1: %2 on %3.")
                       .arg(s.name, scoreText(s.lastTotal, s.lastBand), day(s.lastDate));
        else
            out << tr("- %1: %2 on %3, %4 on %5.")
                       .arg(s.name, scoreText(s.firstTotal, s.firstBand), day(s.firstDate),
                           scoreText(s.lastTotal, s.lastBand), day(s.lastDate));
    }
    if (!f.planLines.isEmpty())
        out << QString() << tr("TREATMENT PLAN") << f.planLines;
    if (!f.toxicologyLines.isEmpty())
        out << QString() << tr("TOXICOLOGY AND USE") << f.toxicologyLines;
    out << QString() << tr("DISCHARGE");
    QString reason = label(f.reason);
    if (!f.reasonNote.trimmed().isEmpty())
        reason += QStringLiteral(": ") + f.reasonNote.trimmed();
    out << tr("Reason: %1.").arg(reason);
    out << tr("Condition at discharge: %1.").arg(label(f.condition));
    if (!f.aftercareLines.isEmpty())
        out << QString() << tr("AFTERCARE") << f.aftercareLines;
    out << QString() << tr("CLINICIAN'S ASSESSMENT")
        << tr("[Describe progress toward the treatment goals, remaining needs and risks, and the "
              "participant's strengths.]");
    return out.join(QLatin1Char('\n'));
}

QList<FieldError> validate(const DischargeRecord& r, const QDate& admission, const QDate& today)
{
    QList<FieldError> errors;
    if (!r.dischargeDate.isValid())
        errors.append({ QStringLiteral("date"), tr("Enter the date of discharge.") });
    else if (r.dischargeDate < admission)
        errors.append({ QStringLiteral("date"),
            tr("The discharge date is before the admission on %1.").arg(day(admission)) });
    else if (r.dischargeDate > today)
        errors.append({ QStringLiteral("date"), tr("The discharge date is after today.") });
    const bool needsNote = r.reason == DischargeReason::Other
        || r.reason == DischargeReason::TransferredHigher
        || r.reason == DischargeReason::TransferredLower;
    if (needsNote && r.reasonNote.trimmed().size() < 3)
        errors.append({ QStringLiteral("reason_note"),
            r.reason == DischargeReason::Other
                ? tr("Say why the participant was discharged.")
                : tr("Name the program or level of care the participant was transferred to.") });
    if (r.summary.trimmed().size() < 40)
        errors.append({ QStringLiteral("summary"),
            tr("Write the discharge summary (at least 40 characters).") });
    else if (r.summary.contains(QStringLiteral("[Describe progress")))
        errors.append({ QStringLiteral("summary"),
            tr("Replace the bracketed prompt in the summary with your assessment.") });
    return errors;
}

QString finalScoresJson(const QList<FinalScore>& scores)
{
    QJsonArray a;
    for (const FinalScore& s : scores) {
        QJsonObject o { { QStringLiteral("instrument"), s.instrument },
            { QStringLiteral("name"), s.name }, { QStringLiteral("first_date"), day(s.firstDate) },
            { QStringLiteral("first_band"), s.firstBand },
            { QStringLiteral("last_date"), day(s.lastDate) },
            { QStringLiteral("last_band"), s.lastBand } };
        if (s.firstTotal)
            o.insert(QStringLiteral("first_total"), *s.firstTotal);
        if (s.lastTotal)
            o.insert(QStringLiteral("last_total"), *s.lastTotal);
        a.append(o);
    }
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QList<FinalScore> parseFinalScores(const QString& json)
{
    QList<FinalScore> scores;
    for (const QJsonValue& v : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        FinalScore s;
        s.instrument = o.value(QStringLiteral("instrument")).toString();
        s.name = o.value(QStringLiteral("name")).toString();
        s.firstDate
            = QDate::fromString(o.value(QStringLiteral("first_date")).toString(), Qt::ISODate);
        s.firstBand = o.value(QStringLiteral("first_band")).toString();
        s.lastDate
            = QDate::fromString(o.value(QStringLiteral("last_date")).toString(), Qt::ISODate);
        s.lastBand = o.value(QStringLiteral("last_band")).toString();
        if (o.contains(QStringLiteral("first_total")))
            s.firstTotal = o.value(QStringLiteral("first_total")).toInt();
        if (o.contains(QStringLiteral("last_total")))
            s.lastTotal = o.value(QStringLiteral("last_total")).toInt();
        scores.append(s);
    }
    return scores;
}

QString hash(const DischargeRecord& r)
{
    return contentHash(QStringLiteral("discharge.v1"),
        { r.episodeId, r.participantId, day(r.dischargeDate), storageKey(r.reason), r.reasonNote,
            storageKey(r.condition), r.conditionNote, finalScoresJson(r.finalScores), r.summary,
            r.signedBy, r.signedAt.toUTC().toString(Qt::ISODateWithMs) });
}

} // namespace stepwise::DischargeRules
