// SPDX-License-Identifier: GPL-3.0-or-later
#include "Readiness.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>
#include <cmath>

namespace stepwise {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise::Readiness", text);
}

QString number(double v)
{
    return QLocale().toString(v, 'f', v == std::floor(v) ? 0 : 1);
}

QString weeksAndDays(int days)
{
    if (days % 7 == 0)
        return tr("%1 weeks").arg(days / 7);
    return tr("%1 weeks %2 days").arg(days / 7).arg(days % 7);
}

ReadinessIndicator weeksInPhase(const ReadinessInput& in)
{
    ReadinessIndicator i { QStringLiteral("weeks_in_phase"), tr("Weeks in phase"), {}, {} };
    QString expected = tr("expected %1–%2 weeks")
                           .arg(in.length.expectedMinDays / 7)
                           .arg(in.length.expectedMaxDays / 7 - in.length.extensionWeeks);
    if (in.length.extensionWeeks > 0)
        expected += tr(", extended %1 weeks").arg(in.length.extensionWeeks);
    i.value = tr("%1 (%2)").arg(weeksAndDays(in.length.daysInPhase), expected);
    i.state = in.length.daysInPhase >= in.length.expectedMinDays
        ? ReadinessIndicator::State::Met
        : ReadinessIndicator::State::NotMet;
    return i;
}

ReadinessIndicator attendance(const ReadinessInput& in)
{
    ReadinessIndicator i { QStringLiteral("attendance"),
        tr("Attendance ≥ %1% of required hours, last 4 weeks").arg(in.attendancePercent), {}, {} };
    double required = 0;
    double attended = 0;
    QStringList weeks;
    for (const WeekHours& w : in.lastFourWeeks) {
        required += w.required.hours;
        // Hours beyond the requirement of one week do not make up for another week's gap.
        attended += std::min(w.attended.hours, w.required.hours);
        weeks.append(tr("%1/%2").arg(number(w.attended.hours), number(w.required.hours)));
    }
    if (required <= 0) {
        i.value = tr("No hours required in these weeks");
        i.state = ReadinessIndicator::State::Info;
        return i;
    }
    const int percent = int(std::floor(100.0 * attended / required + 1e-9));
    i.value = tr("%1 of %2 h (%3%); by week %4")
                  .arg(number(attended), number(required))
                  .arg(percent)
                  .arg(weeks.join(QStringLiteral(", ")));
    i.state = percent >= in.attendancePercent ? ReadinessIndicator::State::Met
                                              : ReadinessIndicator::State::NotMet;
    return i;
}

ReadinessIndicator trend(
    const QString& key, const QString& name, const std::optional<ScoreChange>& change, int count)
{
    ReadinessIndicator i { key, tr("%1 trend").arg(name), {}, {} };
    if (!change) {
        i.value = count == 0 ? tr("No score in this episode") : tr("One score: no trend yet");
        i.state = ReadinessIndicator::State::Info;
        return i;
    }
    const ScoreChange& c = *change;
    QString base
        = tr("%1 → %2 (%3)")
              .arg(c.baseline.total)
              .arg(c.latest.total)
              .arg(c.change > 0 ? QStringLiteral("+%1").arg(c.change) : QString::number(c.change));
    if (c.remission) {
        i.value = tr("%1: remission").arg(base);
        i.state = ReadinessIndicator::State::Met;
    } else if (c.response) {
        i.value = tr("%1: response").arg(base);
        i.state = ReadinessIndicator::State::Met;
    } else if (c.worsened) {
        i.value = tr("%1: worse").arg(base);
        i.state = ReadinessIndicator::State::NotMet;
    } else if (!c.eligible) {
        i.value = tr("%1: baseline below %2, response does not apply")
                      .arg(base)
                      .arg(ScoreChangeRules::MinimumBaseline);
        i.state = ReadinessIndicator::State::Info;
    } else {
        i.value = tr("%1: no response yet").arg(base);
        i.state = ReadinessIndicator::State::NotMet;
    }
    return i;
}

ReadinessIndicator asam(const ReadinessInput& in)
{
    ReadinessIndicator i { QStringLiteral("asam"), tr("Latest ASAM dimension ratings"), {}, {} };
    if (!in.latestAsam) {
        i.value = tr("No ASAM rating in this episode");
        i.state = ReadinessIndicator::State::NotMet;
        return i;
    }
    i.value = tr("%1 on %2")
                  .arg(in.latestAsam->summary(),
                      QLocale().toString(in.latestAsam->administeredOn, QLocale::ShortFormat));
    // A dimension rated 3 or 4 raises a flag on the assessment.
    i.state = in.latestAsam->score.flags.isEmpty() ? ReadinessIndicator::State::Met
                                                   : ReadinessIndicator::State::NotMet;
    return i;
}

} // namespace

QString storageKey(ReadinessDecisionKind k)
{
    switch (k) {
    case ReadinessDecisionKind::StepDown:
        return QStringLiteral("step_down");
    case ReadinessDecisionKind::Extend:
        return QStringLiteral("extend");
    case ReadinessDecisionKind::StepUp:
        return QStringLiteral("step_up");
    case ReadinessDecisionKind::Discharge:
        return QStringLiteral("discharge");
    }
    return {};
}

QString label(ReadinessDecisionKind k)
{
    switch (k) {
    case ReadinessDecisionKind::StepDown:
        return tr("Step down");
    case ReadinessDecisionKind::Extend:
        return tr("Extend the phase");
    case ReadinessDecisionKind::StepUp:
        return tr("Step up");
    case ReadinessDecisionKind::Discharge:
        return tr("Discharge");
    }
    return {};
}

std::optional<ReadinessDecisionKind> parseReadinessDecisionKind(const QString& key)
{
    for (ReadinessDecisionKind k : allReadinessDecisionKinds) {
        if (storageKey(k) == key)
            return k;
    }
    return std::nullopt;
}

namespace ReadinessRules {

QList<ReadinessIndicator> indicators(const ReadinessInput& in)
{
    QList<ReadinessIndicator> list;
    list.append(weeksInPhase(in));
    list.append(attendance(in));
    list.append(trend(QStringLiteral("phq9"), QStringLiteral("PHQ-9"), in.phq9, in.phq9Count));
    list.append(trend(QStringLiteral("gad7"), QStringLiteral("GAD-7"), in.gad7, in.gad7Count));
    list.append(asam(in));
    ReadinessIndicator safety { QStringLiteral("safety"), tr("Open safety alerts"), {}, {} };
    safety.value = in.openSafetyAlerts == 0
        ? tr("None")
        : tr("%1 open: follow-up needed").arg(in.openSafetyAlerts);
    safety.state = in.openSafetyAlerts == 0 ? ReadinessIndicator::State::Met
                                            : ReadinessIndicator::State::NotMet;
    list.append(safety);
    return list;
}

QString stateKey(ReadinessIndicator::State s)
{
    switch (s) {
    case ReadinessIndicator::State::Met:
        return QStringLiteral("met");
    case ReadinessIndicator::State::NotMet:
        return QStringLiteral("not_met");
    case ReadinessIndicator::State::Info:
        return QStringLiteral("info");
    }
    return {};
}

QJsonArray toJson(const QList<ReadinessIndicator>& indicators)
{
    QJsonArray array;
    for (const ReadinessIndicator& i : indicators)
        array.append(QJsonObject { { QStringLiteral("key"), i.key },
            { QStringLiteral("label"), i.label }, { QStringLiteral("value"), i.value },
            { QStringLiteral("state"), stateKey(i.state) } });
    return array;
}

QList<ReadinessIndicator> fromJson(const QJsonArray& array)
{
    QList<ReadinessIndicator> list;
    for (const QJsonValue& v : array) {
        const QJsonObject o = v.toObject();
        ReadinessIndicator i;
        i.key = o.value(QStringLiteral("key")).toString();
        i.label = o.value(QStringLiteral("label")).toString();
        i.value = o.value(QStringLiteral("value")).toString();
        const QString state = o.value(QStringLiteral("state")).toString();
        i.state = state == QLatin1String("met") ? ReadinessIndicator::State::Met
            : state == QLatin1String("not_met") ? ReadinessIndicator::State::NotMet
                                                : ReadinessIndicator::State::Info;
        list.append(i);
    }
    return list;
}

std::optional<PhaseKind> targetPhase(ReadinessDecisionKind kind, PhaseKind current)
{
    if (kind == ReadinessDecisionKind::StepDown) {
        if (current == PhaseKind::Intensive)
            return PhaseKind::StepDown;
        if (current == PhaseKind::StepDown)
            return PhaseKind::Aftercare;
    }
    if (kind == ReadinessDecisionKind::StepUp) {
        if (current == PhaseKind::Aftercare)
            return PhaseKind::StepDown;
        if (current == PhaseKind::StepDown)
            return PhaseKind::Intensive;
    }
    return std::nullopt;
}

} // namespace ReadinessRules
} // namespace stepwise
