// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecoverySignals.h"

#include "Analyte.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <algorithm>

namespace stepwise {

namespace {

constexpr auto context = "stepwise::RecoverySignals";

QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate(context, text, nullptr, n);
}

QString shortDate(const QDate& d)
{
    return QLocale().toString(d, QLocale::ShortFormat);
}

QString labelsOf(const QStringList& analytes)
{
    QStringList labels;
    for (const QString& a : analytes)
        labels.append(Analytes::label(a));
    return labels.join(QStringLiteral(", "));
}

void addUnique(QStringList& list, const QStringList& more)
{
    for (const QString& a : more) {
        if (!list.contains(a))
            list.append(a);
    }
}

} // namespace

QStringList RecoverySignals::flags() const
{
    QStringList list;
    if (flaggedPositiveOn.isValid())
        list.append(tr("Unexpected positive screen on %1 (%2)")
                        .arg(shortDate(flaggedPositiveOn), labelsOf(flaggedPositiveAnalytes)));
    if (flaggedUseOn.isValid())
        list.append(tr("Use recorded on %1").arg(shortDate(flaggedUseOn)));
    if (flaggedSpecimenOn.isValid())
        list.append(
            tr("Dilute or invalid specimen on %1: recollect").arg(shortDate(flaggedSpecimenOn)));
    if (flaggedMissingOn.isValid())
        list.append(tr("%1 prescribed but negative on %2")
                        .arg(labelsOf(flaggedMissingAnalytes), shortDate(flaggedMissingOn)));
    return list;
}

QString RecoverySignals::verdictText() const
{
    using namespace RecoverySignalsRules;
    switch (verdict) {
    case RecoveryVerdict::Supports:
        // Two strings rather than "(s)": English has no plural forms file to pick from.
        return (screens == 1
                ? tr("No unexpected positive and no use recorded in %1 days (1 screen)")
                      .arg(ReadinessWindowDays)
                : tr("No unexpected positive and no use recorded in %1 days (%2 screens)")
                      .arg(ReadinessWindowDays)
                      .arg(screens));
    case RecoveryVerdict::NotYet: {
        QStringList parts;
        if (unexpectedPositiveScreens > 0)
            parts.append(unexpectedPositiveScreens == 1
                    ? tr("1 unexpected positive screen")
                    : tr("%1 unexpected positive screens").arg(unexpectedPositiveScreens));
        if (useEvents > 0)
            parts.append(
                useEvents == 1 ? tr("1 use recorded") : tr("%1 uses recorded").arg(useEvents));
        const QDate last = std::max(lastUnexpectedPositive, lastUse);
        return tr("%1 in %2 days; the latest on %3")
            .arg(parts.join(tr(" and ")))
            .arg(ReadinessWindowDays)
            .arg(shortDate(last));
    }
    case RecoveryVerdict::CannotSay:
        if (diluteOrInvalidScreens > 0)
            return tr("Only dilute or invalid specimens in %1 days: no usable screen")
                .arg(ReadinessWindowDays);
        return tr("No screen in %1 days").arg(ReadinessWindowDays);
    }
    return {};
}

namespace RecoverySignalsRules {

bool inWindow(const QDate& date, const QDate& today, int days)
{
    return date.isValid() && date <= today && date > today.addDays(-days);
}

RecoverySignals compute(const QList<ToxScreen>& screens, const QList<UseEvent>& events,
    const QList<Medication>& medications, const QDate& today)
{
    RecoverySignals s;
    int usableScreens = 0;
    // Per maintenance analyte, the latest screen in the flag window that reported on it: a
    // positive on a later screen settles an earlier negative.
    struct Latest
    {
        QDate on;
        bool missing = false;
    };
    QHash<QString, Latest> markers;
    for (const ToxScreen& screen : screens) {
        if (screen.superseded || !screen.collectedOn.isValid() || screen.collectedOn > today)
            continue;
        const QDate on = screen.collectedOn;
        const ToxSummary summary = ToxicologyRules::summarize(screen, medications);
        const bool unexpected = !summary.unexpectedPositives.isEmpty();
        s.lastScreen = std::max(s.lastScreen, on);
        if (unexpected)
            s.lastUnexpectedPositive = std::max(s.lastUnexpectedPositive, on);
        if (inWindow(on, today, ReadinessWindowDays)) {
            ++s.screens;
            if (unexpected)
                ++s.unexpectedPositiveScreens;
            if (summary.needsRecollection())
                ++s.diluteOrInvalidScreens;
            // A dilute specimen's negatives prove little, but its positives are still positive.
            if (!summary.needsRecollection() || unexpected)
                ++usableScreens;
        }
        if (!inWindow(on, today, FlagWindowDays))
            continue;
        if (unexpected) {
            if (on > s.flaggedPositiveOn) {
                s.flaggedPositiveOn = on;
                s.flaggedPositiveAnalytes.clear();
            }
            if (on == s.flaggedPositiveOn)
                addUnique(s.flaggedPositiveAnalytes, summary.unexpectedPositives);
        }
        if (summary.needsRecollection())
            s.flaggedSpecimenOn = std::max(s.flaggedSpecimenOn, on);
        for (const ToxResult& r : screen.results) {
            const QString key = Analytes::normalize(r.analyte);
            if (!Analytes::isAdherenceMarker(key)
                || (r.result != ToxResultValue::Negative && r.result != ToxResultValue::Positive))
                continue;
            Latest& latest = markers[key];
            if (on >= latest.on)
                latest = { on, summary.missingExpected.contains(key) };
        }
    }
    for (auto it = markers.constBegin(); it != markers.constEnd(); ++it) {
        if (!it->missing)
            continue;
        if (it->on > s.flaggedMissingOn) {
            s.flaggedMissingOn = it->on;
            s.flaggedMissingAnalytes.clear();
        }
        if (it->on == s.flaggedMissingOn)
            addUnique(s.flaggedMissingAnalytes, { it.key() });
    }
    std::sort(s.flaggedMissingAnalytes.begin(), s.flaggedMissingAnalytes.end());

    for (const UseEvent& e : events) {
        if (e.superseded || !e.occurredOn.isValid() || e.occurredOn > today)
            continue;
        s.lastUse = std::max(s.lastUse, e.occurredOn);
        if (inWindow(e.occurredOn, today, ReadinessWindowDays))
            ++s.useEvents;
        if (inWindow(e.occurredOn, today, FlagWindowDays))
            s.flaggedUseOn = std::max(s.flaggedUseOn, e.occurredOn);
    }

    const QDate last = std::max(s.lastUse, s.lastUnexpectedPositive);
    if (last.isValid())
        s.daysAbstinent = int(last.daysTo(today));
    if (s.unexpectedPositiveScreens > 0 || s.useEvents > 0)
        s.verdict = RecoveryVerdict::NotYet;
    else if (usableScreens == 0)
        s.verdict = RecoveryVerdict::CannotSay;
    else
        s.verdict = RecoveryVerdict::Supports;
    return s;
}

ReadinessIndicator indicator(const RecoverySignals& recovery)
{
    ReadinessIndicator i;
    i.key = QStringLiteral("toxicology");
    i.label = tr("No unexpected positive screen or recorded use, last %1 days")
                  .arg(ReadinessWindowDays);
    i.value = recovery.verdictText();
    switch (recovery.verdict) {
    case RecoveryVerdict::Supports:
        i.state = ReadinessIndicator::State::Met;
        break;
    case RecoveryVerdict::NotYet:
        i.state = ReadinessIndicator::State::NotMet;
        break;
    case RecoveryVerdict::CannotSay:
        i.state = ReadinessIndicator::State::Info;
        break;
    }
    return i;
}

QString label(RecoveryVerdict v)
{
    switch (v) {
    case RecoveryVerdict::Supports:
        return tr("Supports step-down");
    case RecoveryVerdict::NotYet:
        return tr("Not yet");
    case RecoveryVerdict::CannotSay:
        return tr("Cannot say");
    }
    return {};
}

} // namespace RecoverySignalsRules
} // namespace stepwise
