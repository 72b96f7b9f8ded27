// SPDX-License-Identifier: GPL-3.0-or-later
#include "ToxicologyStore.h"

#include "AuditTrail.h"
#include "Database.h"
#include "RecoveryRows.h"
#include "UseEventStore.h"
#include "auth/Access.h"
#include "common/Clock.h"
#include "recovery/Analyte.h"

#include <QCoreApplication>
#include <algorithm>

namespace stepwise {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise::ToxicologyStore", text);
}

QDate dateFrom(const QVariant& v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

// Known analytes in the panel's display order, then the laboratory's own names alphabetically.
void sortResults(QList<ToxResult>& results)
{
    const QStringList order = Analytes::all();
    std::stable_sort(results.begin(), results.end(), [&](const ToxResult& a, const ToxResult& b) {
        const qsizetype i = order.indexOf(a.analyte);
        const qsizetype j = order.indexOf(b.analyte);
        if (i >= 0 && j >= 0)
            return i < j;
        if (i >= 0 || j >= 0)
            return i >= 0;
        return a.analyte.compare(b.analyte, Qt::CaseInsensitive) < 0;
    });
}

// For the audit trail: "cocaine positive, buprenorphine positive (expected)".
QString resultsText(const QList<ToxResult>& results)
{
    QStringList parts;
    for (const ToxResult& r : results)
        parts.append(QStringLiteral("%1 %2%3").arg(r.analyte, storageKey(r.result),
            r.expected ? QStringLiteral(" (expected)") : QString()));
    return parts.join(QStringLiteral(", "));
}

QVariantMap auditValues(
    const QDate& collectedOn, const QString& specimen, const QList<ToxResult>& results)
{
    return { { QStringLiteral("collected_on"), collectedOn.toString(Qt::ISODate) },
        { QStringLiteral("specimen"), specimen },
        { QStringLiteral("results"), resultsText(results) } };
}

const QString selectColumns = QStringLiteral(
    "SELECT s.id, s.participant_id, s.episode_id, s.collected_on, s.observed, s.specimen, "
    "s.panel, s.note, s.recorded_by, st.name, s.recorded_at, s.replaces_id, "
    "s.correction_reason, EXISTS (SELECT 1 FROM tox_screen n WHERE n.replaces_id = s.id), "
    "(WITH RECURSIVE chain(id, replaces) AS (SELECT s.id, s.replaces_id UNION ALL "
    "  SELECT c.id, p.replaces_id FROM chain c JOIN tox_screen p ON p.id = c.replaces) "
    "  SELECT count(*) FROM chain), "
    "r.analyte, r.result, r.expected, r.expected_reason "
    "FROM tox_screen s LEFT JOIN staff st ON st.id = s.recorded_by "
    "LEFT JOIN tox_result r ON r.screen_id = s.id ");

} // namespace

Result<ToxicologyStore::Prepared> ToxicologyStore::prepare(
    const ToxScreenInput& input, QList<FieldError>& problems)
{
    if (Status s = RecoveryRows::requireParticipant(m_db, input.participantId); !s)
        return s.error();
    const QDate today = Clock::instance().today();
    problems += ToxicologyRules::validate(input, today);
    Prepared p;
    if (input.collectedOn.isValid() && input.collectedOn <= today) {
        auto episode = RecoveryRows::episodeOn(m_db, input.participantId, input.collectedOn,
            QLatin1String(ToxicologyRules::CollectedOn), problems);
        if (!episode)
            return episode.error();
        p.episodeId = *episode;
    }
    if (!problems.isEmpty())
        return p;
    auto medications
        = RecoveryRows::medications(m_db, RecoveryRows::idsJson({ input.participantId }));
    if (!medications)
        return medications.error();
    QList<ToxResult> results;
    for (ToxResult r : input.results) {
        r.analyte = Analytes::normalize(r.analyte);
        r.expectedReason = r.expectedReason.trimmed();
        results.append(r);
    }
    p.results = ToxicologyRules::markExpected(results, *medications, input.collectedOn);
    return p;
}

Result<Id> ToxicologyStore::insert(
    const ToxScreenInput& input, const Prepared& p, Id replacesId, const QString& reason)
{
    const QString specimen = storageKey(input.specimen);
    auto r = m_db.exec(
        QStringLiteral(
            "INSERT INTO tox_screen (participant_id, episode_id, collected_on, "
            "observed, specimen, panel, result_count, note, recorded_by, recorded_at, "
            "replaces_id, correction_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { input.participantId, p.episodeId, input.collectedOn.toString(Qt::ISODate),
            input.observed ? 1 : 0, specimen, input.panel.trimmed(), int(p.results.size()),
            input.note.trimmed(), m_db.actorId(), RecoveryRows::nowText(),
            replacesId > 0 ? QVariant(replacesId) : QVariant(), reason.trimmed() });
    if (!r)
        return r.error();
    const Id id = r->lastInsertId().toLongLong();
    for (const ToxResult& result : p.results) {
        auto row = m_db.exec(QStringLiteral("INSERT INTO tox_result (screen_id, analyte, result, "
                                            "expected, expected_reason) VALUES (?, ?, ?, ?, ?)"),
            { id, result.analyte, storageKey(result.result), result.expected ? 1 : 0,
                result.expected ? result.expectedReason : QString() });
        if (!row)
            return row.error();
    }

    // The values are clinical: they go in `changes`, which non-clinical readers see redacted.
    QVariantMap before;
    if (replacesId > 0) {
        auto old = select(QStringLiteral("WHERE s.id = ?"), { replacesId });
        if (!old)
            return old.error();
        if (!old->isEmpty())
            before = auditValues(
                old->first().collectedOn, storageKey(old->first().specimen), old->first().results);
    }
    AuditEvent event;
    event.action = replacesId > 0 ? QStringLiteral("tox_screen.correct")
                                  : QStringLiteral("tox_screen.record");
    event.entity = QStringLiteral("tox_screen");
    event.entityId = id;
    event.participantId = input.participantId;
    event.detail = replacesId > 0
        ? tr("Drug screen corrected (replaces #%1): %2").arg(replacesId).arg(reason.trimmed())
        : tr("Drug screen recorded");
    event.changes
        = AuditTrail::changes(before, auditValues(input.collectedOn, specimen, p.results));
    if (Status s = AuditTrail::record(m_db, event); !s)
        return s.error();
    return id;
}

Result<Id> ToxicologyStore::record(const ToxScreenInput& input)
{
    if (Status s = Access::requireParticipant(m_db, Permission::WriteRecord, input.participantId);
        !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    QList<FieldError> problems;
    auto p = prepare(input, problems);
    if (!p)
        return p.error();
    if (!problems.isEmpty())
        return Error::validation(problems);
    auto id = insert(input, *p, 0, {});
    if (!id)
        return id.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<Id> ToxicologyStore::correct(Id screenId, const ToxScreenInput& input, const QString& reason)
{
    auto old = screen(screenId);
    if (!old)
        return old.error();
    if (Status s = Access::requireParticipant(m_db, Permission::WriteRecord, old->participantId);
        !s)
        return s.error();
    if (old->superseded)
        return Error { ErrorCode::Conflict,
            tr("This version has already been corrected: correct the newest version."), {}, {} };
    if (input.participantId != old->participantId)
        return Error { ErrorCode::InvalidArgument,
            tr("A correction keeps the participant of the original."), {}, {} };
    QList<FieldError> problems;
    if (reason.trimmed().size() < 5)
        problems.append({ QLatin1String(ToxicologyRules::CorrectionReason),
            tr("Say why the screen is corrected (at least 5 characters).") });
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto p = prepare(input, problems);
    if (!p)
        return p.error();
    if (!problems.isEmpty())
        return Error::validation(problems);
    auto id = insert(input, *p, screenId, reason);
    if (!id)
        return id.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<QList<ToxScreen>> ToxicologyStore::select(const QString& where, const QVariantList& values)
{
    auto r = m_db.exec(
        selectColumns + where + QStringLiteral(" ORDER BY s.collected_on DESC, s.id DESC"), values);
    if (!r)
        return r.error();
    QList<ToxScreen> list;
    while (r->next()) {
        const Id id = r->value(0).toLongLong();
        if (list.isEmpty() || list.last().id != id) {
            ToxScreen s;
            s.id = id;
            s.participantId = r->value(1).toLongLong();
            s.episodeId = r->value(2).toLongLong();
            s.collectedOn = dateFrom(r->value(3));
            s.observed = r->value(4).toBool();
            s.specimen = parseSpecimen(r->value(5).toString()).value_or(Specimen::Other);
            s.panel = r->value(6).toString();
            s.note = r->value(7).toString();
            s.recordedBy = r->value(8).toLongLong();
            s.recordedByName = r->value(9).toString();
            s.recordedAt = QDateTime::fromString(r->value(10).toString(), Qt::ISODateWithMs);
            s.replacesId = r->value(11).toLongLong();
            s.correctionReason = r->value(12).toString();
            s.superseded = r->value(13).toBool();
            s.versionNumber = r->value(14).toInt();
            list.append(s);
        }
        if (r->value(15).isNull())
            continue;
        ToxResult result;
        result.analyte = r->value(15).toString();
        result.result
            = parseToxResultValue(r->value(16).toString()).value_or(ToxResultValue::Invalid);
        result.expected = r->value(17).toBool();
        result.expectedReason = r->value(18).toString();
        list.last().results.append(result);
    }
    for (ToxScreen& s : list)
        sortResults(s.results);
    return list;
}

Result<QList<ToxScreen>> ToxicologyStore::screens(Id participantId)
{
    if (Status s = Access::requireParticipant(m_db, Permission::ViewParticipant, participantId); !s)
        return s.error();
    return select(QStringLiteral("WHERE s.participant_id = ? AND NOT EXISTS "
                                 "(SELECT 1 FROM tox_screen n WHERE n.replaces_id = s.id)"),
        { participantId });
}

Result<ToxScreen> ToxicologyStore::screen(Id screenId)
{
    auto owner = m_db.queryOne(
        QStringLiteral("SELECT participant_id FROM tox_screen WHERE id = ?"), { screenId });
    if (!owner)
        return owner.error();
    if (!owner->has_value())
        return Error { ErrorCode::NotFound, tr("There is no drug screen with id %1.").arg(screenId),
            {}, {} };
    if (Status s = Access::requireParticipant(
            m_db, Permission::ViewParticipant, (*owner)->value(0).toLongLong());
        !s)
        return s.error();
    auto list = select(QStringLiteral("WHERE s.id = ?"), { screenId });
    if (!list)
        return list.error();
    return list->first();
}

Result<QList<ToxScreen>> ToxicologyStore::versions(Id screenId)
{
    auto current = screen(screenId);
    if (!current)
        return current.error();
    // Back to the original, then forward through its replacements (a chain has no branches:
    // replaces_id is unique).
    auto chain = select(
        QStringLiteral("WHERE s.id IN (WITH RECURSIVE back(id, replaces) AS ("
                       "  SELECT id, replaces_id FROM tox_screen WHERE id = ? "
                       "  UNION SELECT t.id, t.replaces_id FROM tox_screen t JOIN back b ON t.id = "
                       "b.replaces), "
                       "fwd(id) AS (SELECT id FROM back UNION "
                       "  SELECT t.id FROM tox_screen t JOIN fwd f ON t.replaces_id = f.id) "
                       "SELECT id FROM fwd)"),
        { screenId });
    if (!chain)
        return chain.error();
    std::sort(chain->begin(), chain->end(),
        [](const ToxScreen& a, const ToxScreen& b) { return a.versionNumber < b.versionNumber; });
    return chain;
}

Result<RecoverySignals> ToxicologyStore::recoverySignals(Id participantId, const QDate& today)
{
    auto list = screens(participantId);
    if (!list)
        return list.error();
    auto events = UseEventStore(m_db).events(participantId);
    if (!events)
        return events.error();
    auto medications = RecoveryRows::medications(m_db, RecoveryRows::idsJson({ participantId }));
    if (!medications)
        return medications.error();
    return RecoverySignalsRules::compute(*list, *events, *medications, today);
}

Result<QHash<Id, RecoverySignals>> ToxicologyStore::signalsFor(
    const QList<Id>& participantIds, const QDate& today)
{
    return load(participantIds, today, false);
}

Result<QHash<Id, RecoverySignals>> ToxicologyStore::flagsFor(
    const QList<Id>& participantIds, const QDate& today)
{
    auto loaded = load(participantIds, today, true);
    if (!loaded)
        return loaded.error();
    for (RecoverySignals& s : *loaded) {
        // Read from the flag window only: what lies outside it is not known here.
        RecoverySignals flags;
        flags.flaggedPositiveOn = s.flaggedPositiveOn;
        flags.flaggedPositiveAnalytes = s.flaggedPositiveAnalytes;
        flags.flaggedUseOn = s.flaggedUseOn;
        flags.flaggedSpecimenOn = s.flaggedSpecimenOn;
        flags.flaggedMissingOn = s.flaggedMissingOn;
        flags.flaggedMissingAnalytes = s.flaggedMissingAnalytes;
        s = flags;
    }
    return loaded;
}

Result<QHash<Id, RecoverySignals>> ToxicologyStore::load(
    const QList<Id>& participantIds, const QDate& today, bool flagWindowOnly)
{
    if (Status s = Access::require(m_db, Permission::ViewParticipant); !s)
        return s.error();
    QHash<Id, RecoverySignals> result;
    if (participantIds.isEmpty())
        return result;
    // Only those the session reaches: a counselor's caseload query asks for their own.
    auto visible = m_db.exec(QStringLiteral("SELECT p.id FROM json_each(?) j "
                                            "JOIN participant p ON p.id = j.value WHERE ")
            + QLatin1String(Access::participantVisibleSql),
        QVariantList { RecoveryRows::idsJson(participantIds) } + Access::visibilityValues(m_db));
    if (!visible)
        return visible.error();
    QList<Id> ids;
    while (visible->next())
        ids.append(visible->value(0).toLongLong());
    if (ids.isEmpty())
        return result;
    const QString idList = RecoveryRows::idsJson(ids);
    const QString todayText = today.toString(Qt::ISODate);
    const QString windowStart
        = today
              .addDays(-((flagWindowOnly ? RecoverySignalsRules::FlagWindowDays
                                         : RecoverySignalsRules::ReadinessWindowDays)
                  - 1))
              .toString(Qt::ISODate);
    // Older screens only when they hold an unexpected positive, and for the flags alone none.
    const QString before = flagWindowOnly ? QStringLiteral("0000-01-01") : windowStart;

    // Current screens of the window, and older ones only when they hold an unexpected positive
    // (for the last one's date); the id list drives the participant index (CROSS JOIN).
    auto s = m_db.exec(
        QStringLiteral(
            "SELECT s.participant_id, s.id, s.collected_on, r.analyte, r.result, r.expected "
            "FROM json_each(?) j CROSS JOIN tox_screen s ON s.participant_id = j.value "
            "JOIN tox_result r ON r.screen_id = s.id "
            "WHERE s.collected_on <= ? AND s.collected_on >= ? "
            "AND NOT EXISTS (SELECT 1 FROM tox_screen n WHERE n.replaces_id = s.id) "
            "UNION ALL "
            "SELECT s.participant_id, s.id, s.collected_on, r.analyte, r.result, r.expected "
            "FROM json_each(?) j CROSS JOIN tox_screen s ON s.participant_id = j.value "
            "JOIN tox_result r ON r.screen_id = s.id "
            "WHERE s.collected_on < ? "
            "AND NOT EXISTS (SELECT 1 FROM tox_screen n WHERE n.replaces_id = s.id) "
            "AND EXISTS (SELECT 1 FROM tox_result u "
            "  WHERE u.screen_id = s.id AND u.result = 'positive' AND u.expected = 0) "
            "ORDER BY 1, 2"),
        { idList, todayText, windowStart, idList, before });
    if (!s)
        return s.error();
    QHash<Id, QList<ToxScreen>> screensOf;
    while (s->next()) {
        QList<ToxScreen>& list = screensOf[s->value(0).toLongLong()];
        const Id screenId = s->value(1).toLongLong();
        if (list.isEmpty() || list.last().id != screenId) {
            ToxScreen screen;
            screen.id = screenId;
            screen.participantId = s->value(0).toLongLong();
            screen.collectedOn = dateFrom(s->value(2));
            list.append(screen);
        }
        ToxResult r;
        r.analyte = s->value(3).toString();
        r.result = parseToxResultValue(s->value(4).toString()).value_or(ToxResultValue::Invalid);
        r.expected = s->value(5).toBool();
        list.last().results.append(r);
    }

    // Current use events of the window, and each participant's latest.
    auto u = m_db.exec(
        QStringLiteral("WITH cur AS (SELECT u.id, u.participant_id, u.occurred_on "
                       "  FROM json_each(?) j CROSS JOIN use_event u ON u.participant_id = j.value "
                       "  WHERE u.occurred_on <= ? "
                       "  AND NOT EXISTS (SELECT 1 FROM use_event n WHERE n.replaces_id = u.id)) "
                       "SELECT c.participant_id, c.occurred_on FROM cur c WHERE c.occurred_on >= ? "
                       "OR c.occurred_on = (SELECT max(d.occurred_on) FROM cur d "
                       "  WHERE d.participant_id = c.participant_id)"),
        { idList, todayText, windowStart });
    if (!u)
        return u.error();
    QHash<Id, QList<UseEvent>> eventsOf;
    while (u->next()) {
        UseEvent e;
        e.participantId = u->value(0).toLongLong();
        e.occurredOn = dateFrom(u->value(1));
        eventsOf[e.participantId].append(e);
    }

    auto medications = RecoveryRows::medications(
        m_db, idList, today.addDays(-(RecoverySignalsRules::FlagWindowDays - 1)));
    if (!medications)
        return medications.error();
    QHash<Id, QList<Medication>> medicationsOf;
    for (const Medication& m : *medications)
        medicationsOf[m.participantId].append(m);

    for (Id id : ids)
        result.insert(id,
            RecoverySignalsRules::compute(
                screensOf.value(id), eventsOf.value(id), medicationsOf.value(id), today));
    return result;
}

} // namespace stepwise
