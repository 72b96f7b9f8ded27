// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssessmentStore.h"

#include "AuditTrail.h"
#include "Database.h"
#include "EpisodeStore.h"
#include "SafetyAlertStore.h"
#include "SettingsStore.h"
#include "auth/Access.h"
#include "common/Clock.h"
#include "instruments/AsamPlacement.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>

namespace stepwise {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise::AssessmentStore", text);
}

const QString Asam = QStringLiteral("asam");
const QString Progress = QStringLiteral("progress");

QString json(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString json(const QJsonArray& a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QJsonObject objectFrom(const QVariant& v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

QJsonObject answersJson(const InstrumentDefinition& d, const Answers& answers)
{
    QJsonObject o;
    for (int i = 0; i < d.items.size() && i < answers.size(); ++i) {
        if (answers.at(i))
            o.insert(d.items.at(i).key, *answers.at(i));
    }
    return o;
}

Answers answersFrom(const InstrumentDefinition* d, const QJsonObject& o)
{
    Answers answers;
    if (!d)
        return answers;
    for (const InstrumentItem& item : d->items) {
        const QJsonValue v = o.value(item.key);
        answers.append(v.isDouble() ? std::optional<int>(v.toInt()) : std::nullopt);
    }
    return answers;
}

QJsonObject narrativesJson(const InstrumentDefinition& d, const QStringList& narratives)
{
    QJsonObject o;
    for (int i = 0; i < d.items.size() && i < narratives.size(); ++i) {
        if (!narratives.at(i).trimmed().isEmpty())
            o.insert(d.items.at(i).key, narratives.at(i).trimmed());
    }
    return o;
}

QStringList narrativesFrom(const InstrumentDefinition* d, const QJsonObject& o)
{
    QStringList list;
    if (!d)
        return list;
    for (const InstrumentItem& item : d->items)
        list.append(o.value(item.key).toString());
    return list;
}

QJsonArray flagKeys(const Score& s)
{
    QJsonArray a;
    for (const Flag& f : s.flags)
        a.append(f.key);
    return a;
}

// Everything of the score besides total and band, so the result reads back as it was shown.
QJsonObject resultJson(const Score& s)
{
    QJsonObject o;
    o.insert(QStringLiteral("band_label"), s.bandLabel);
    o.insert(QStringLiteral("band_level"), s.bandLevel);
    if (!s.convention.isEmpty())
        o.insert(QStringLiteral("convention"), s.convention);
    if (s.cutoff)
        o.insert(QStringLiteral("cutoff"), *s.cutoff);
    QJsonObject subscales;
    for (auto it = s.subscales.constBegin(); it != s.subscales.constEnd(); ++it)
        subscales.insert(it.key(), it.value());
    if (!subscales.isEmpty())
        o.insert(QStringLiteral("subscales"), subscales);
    if (!s.concernItems.isEmpty())
        o.insert(QStringLiteral("concern_items"), QJsonArray::fromStringList(s.concernItems));
    QJsonArray flags;
    for (const Flag& f : s.flags) {
        flags.append(QJsonObject { { QStringLiteral("key"), f.key },
            { QStringLiteral("message"), f.message }, { QStringLiteral("safety"), f.safety },
            { QStringLiteral("items"), QJsonArray::fromStringList(f.items) } });
    }
    o.insert(QStringLiteral("flags"), flags);
    return o;
}

Score scoreFrom(const QVariant& total, const QString& band, const QJsonObject& r)
{
    Score s;
    if (!total.isNull())
        s.total = total.toInt();
    s.band = band;
    s.bandLabel = r.value(QStringLiteral("band_label")).toString();
    s.bandLevel = r.value(QStringLiteral("band_level")).toInt();
    s.convention = r.value(QStringLiteral("convention")).toString();
    if (r.contains(QStringLiteral("cutoff")))
        s.cutoff = r.value(QStringLiteral("cutoff")).toInt();
    const QJsonObject subscales = r.value(QStringLiteral("subscales")).toObject();
    for (auto it = subscales.constBegin(); it != subscales.constEnd(); ++it)
        s.subscales.insert(it.key(), it.value().toInt());
    for (const QJsonValue& v : r.value(QStringLiteral("concern_items")).toArray())
        s.concernItems.append(v.toString());
    for (const QJsonValue& v : r.value(QStringLiteral("flags")).toArray()) {
        const QJsonObject f = v.toObject();
        Flag flag;
        flag.key = f.value(QStringLiteral("key")).toString();
        flag.message = f.value(QStringLiteral("message")).toString();
        flag.safety = f.value(QStringLiteral("safety")).toBool();
        for (const QJsonValue& item : f.value(QStringLiteral("items")).toArray())
            flag.items.append(item.toString());
        s.flags.append(flag);
    }
    return s;
}

QString nowText()
{
    return Clock::instance().nowUtc().toString(Qt::ISODateWithMs);
}

// One SELECT shape for every read; `superseded` and the version number come from the chain.
const QString selectColumns = QStringLiteral(
    "SELECT a.id, a.participant_id, a.episode_id, a.instrument, a.definition_version, "
    "a.administered_on, a.answers, a.narratives, a.details, a.note, a.total, a.band, a.result, "
    "a.recorded_by, s.name, a.recorded_at, a.replaces_id, a.correction_reason, "
    "EXISTS (SELECT 1 FROM assessment n WHERE n.replaces_id = a.id), "
    "(WITH RECURSIVE chain(id, replaces) AS (SELECT a.id, a.replaces_id UNION ALL "
    "  SELECT c.id, p.replaces_id FROM chain c JOIN assessment p ON p.id = c.replaces) "
    "  SELECT count(*) FROM chain) "
    "FROM assessment a LEFT JOIN staff s ON s.id = a.recorded_by ");

} // namespace

Result<AssessmentStore::Prepared> AssessmentStore::prepare(
    const AssessmentInput& input, QList<FieldError>& problems)
{
    Prepared p;
    p.definition = Instruments::find(input.instrument);
    if (!p.definition) {
        return Error { ErrorCode::InvalidArgument,
            tr("There is no instrument called \u201C%1\u201D. Known: %2.")
                .arg(input.instrument, Instruments::ids().join(QStringLiteral(", "))),
            {}, {} };
    }
    const InstrumentDefinition& d = *p.definition;

    auto participant
        = m_db.queryOne(QStringLiteral("SELECT sex_at_birth FROM participant WHERE id = ?"),
            { input.participantId });
    if (!participant)
        return participant.error();
    if (!*participant)
        return Error { ErrorCode::NotFound,
            tr("There is no participant with id %1.").arg(input.participantId), {}, {} };

    const QDate today = Clock::instance().today();
    if (!input.administeredOn.isValid()) {
        problems.append({ QStringLiteral("date"), tr("Enter the date it was given.") });
    } else if (input.administeredOn > today) {
        problems.append({ QStringLiteral("date"), tr("The date cannot be in the future.") });
    } else {
        // The episode of care the date falls in; assessments belong to one.
        auto episode = m_db.queryOne(
            QStringLiteral(
                "SELECT id FROM episode WHERE participant_id = ? AND admission_date <= ? "
                "AND (discharge_date IS NULL OR discharge_date >= ?) "
                "ORDER BY admission_date DESC, id DESC LIMIT 1"),
            { input.participantId, input.administeredOn.toString(Qt::ISODate),
                input.administeredOn.toString(Qt::ISODate) });
        if (!episode)
            return episode.error();
        if (!*episode)
            problems.append({ QStringLiteral("date"),
                tr("The participant was not in care on %1: an assessment belongs to an episode "
                   "of care.")
                    .arg(QLocale().toString(input.administeredOn, QLocale::ShortFormat)) });
        else
            p.episodeId = (*episode)->value(0).toLongLong();
    }

    ScoringContext context;
    context.sex = input.sex;
    if (context.sex.isEmpty()) {
        const QString sex = (*participant)->value(0).toString();
        if (sex == QLatin1String("female") || sex == QLatin1String("male"))
            context.sex = sex;
    }
    auto scored = Instruments::score(d, input.answers, context);
    if (!scored) {
        if (scored.error().code != ErrorCode::Validation)
            return scored.error();
        problems += scored.error().fields;
    } else {
        p.score = scored.value();
    }

    if (d.id == Asam) {
        problems += AsamPlacement::fromJson(input.details).validate();
        // A risk of 2 or more is a finding: say what it rests on.
        for (int i = 0; i < d.items.size() && i < input.answers.size(); ++i) {
            if (input.answers.at(i) && *input.answers.at(i) >= 2
                && input.narratives.value(i).trimmed().isEmpty())
                problems.append({ QStringLiteral("narrative.") + d.items.at(i).key,
                    tr("Dimension %1 is rated %2: describe what the rating rests on.")
                        .arg(d.items.at(i).key)
                        .arg(*input.answers.at(i)) });
        }
    }
    if (d.id == Progress && input.note.trimmed().isEmpty())
        problems.append(
            { QStringLiteral("note"), tr("A progress rating needs a note on what it rests on.") });
    return p;
}

Result<Score> AssessmentStore::check(const AssessmentInput& input)
{
    if (Status s
        = Access::requireParticipant(m_db, Permission::RecordAssessment, input.participantId);
        !s)
        return s.error();
    QList<FieldError> problems;
    auto prepared = prepare(input, problems);
    if (!prepared)
        return prepared.error();
    if (!problems.isEmpty())
        return Error::validation(problems);
    return prepared->score;
}

Result<Id> AssessmentStore::insert(
    const AssessmentInput& input, const Prepared& p, Id replacesId, const QString& reason)
{
    const InstrumentDefinition& d = *p.definition;
    QJsonObject details = input.details;
    if (!input.sex.isEmpty())
        details.insert(QStringLiteral("sex"), input.sex);
    auto r = m_db.exec(
        QStringLiteral("INSERT INTO assessment (participant_id, episode_id, instrument, "
                       "definition_version, administered_on, answers, narratives, details, note, "
                       "total, band, flags, result, safety, recorded_by, recorded_at, "
                       "replaces_id, correction_reason) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { input.participantId, p.episodeId, d.id, d.version,
            input.administeredOn.toString(Qt::ISODate), json(answersJson(d, input.answers)),
            json(narrativesJson(d, input.narratives)), json(details), input.note.trimmed(),
            p.score.total ? QVariant(*p.score.total) : QVariant(), p.score.band,
            json(flagKeys(p.score)), json(resultJson(p.score)), p.score.hasSafetyFlag() ? 1 : 0,
            m_db.actorId(), nowText(), replacesId > 0 ? QVariant(replacesId) : QVariant(),
            reason.trimmed() });
    if (!r)
        return r.error();
    const Id id = r->lastInsertId().toLongLong();

    // The trail says what happened; the values are clinical, kept in `changes`, which
    // readers without a clinical role see redacted.
    QVariantMap after { { QStringLiteral("instrument"), d.id },
        { QStringLiteral("administered_on"), input.administeredOn.toString(Qt::ISODate) },
        { QStringLiteral("answers"), json(answersJson(d, input.answers)) },
        { QStringLiteral("band"), p.score.band } };
    if (p.score.total)
        after.insert(QStringLiteral("total"), *p.score.total);
    QVariantMap before;
    if (replacesId > 0) {
        auto old = m_db.queryOne(
            QStringLiteral(
                "SELECT administered_on, answers, total, band FROM assessment WHERE id = ?"),
            { replacesId });
        if (!old)
            return old.error();
        if (*old) {
            before = { { QStringLiteral("instrument"), d.id },
                { QStringLiteral("administered_on"), (*old)->value(0) },
                { QStringLiteral("answers"), (*old)->value(1) },
                { QStringLiteral("band"), (*old)->value(3) } };
            if (!(*old)->value(2).isNull())
                before.insert(QStringLiteral("total"), (*old)->value(2).toInt());
        }
    }
    AuditEvent event;
    event.action = replacesId > 0 ? QStringLiteral("assessment.correct")
                                  : QStringLiteral("assessment.record");
    event.entity = QStringLiteral("assessment");
    event.entityId = id;
    event.participantId = input.participantId;
    event.detail = replacesId > 0
        ? tr("%1 corrected (replaces #%2): %3").arg(d.name).arg(replacesId).arg(reason.trimmed())
        : tr("%1 recorded").arg(d.name);
    event.changes = AuditTrail::changes(before, after);
    if (Status s = AuditTrail::record(m_db, event); !s)
        return s.error();
    if (Status s
        = SafetyAlertStore::raise(m_db, input.participantId, id, replacesId, p.score.flags);
        !s)
        return s.error();
    return id;
}

Result<Id> AssessmentStore::record(const AssessmentInput& input)
{
    auto ids = recordAll({ input });
    if (!ids)
        return ids.error();
    return ids->first();
}

Result<QList<Id>> AssessmentStore::recordAll(const QList<AssessmentInput>& inputs)
{
    // One check per participant, not per row: an import or the demo writes many per person.
    QSet<Id> checked;
    for (const AssessmentInput& input : inputs) {
        if (checked.contains(input.participantId))
            continue;
        if (Status s
            = Access::requireParticipant(m_db, Permission::RecordAssessment, input.participantId);
            !s)
            return s.error();
        checked.insert(input.participantId);
    }
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    QList<Prepared> prepared;
    for (const AssessmentInput& input : inputs) {
        QList<FieldError> problems;
        auto p = prepare(input, problems);
        if (!p)
            return p.error();
        if (!problems.isEmpty())
            return Error::validation(problems);
        prepared.append(p.value());
    }
    QList<Id> ids;
    for (int i = 0; i < inputs.size(); ++i) {
        auto id = insert(inputs.at(i), prepared.at(i), 0, {});
        if (!id)
            return id.error();
        ids.append(id.value());
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return ids;
}

Result<Id> AssessmentStore::correct(
    Id assessmentId, const AssessmentInput& input, const QString& reason)
{
    auto old = get(assessmentId);
    if (!old)
        return old.error();
    if (Status s
        = Access::requireParticipant(m_db, Permission::RecordAssessment, old->participantId);
        !s)
        return s.error();
    if (old->superseded)
        return Error { ErrorCode::Conflict,
            tr("This version has already been corrected: correct the newest version."), {}, {} };
    if (input.participantId != old->participantId || input.instrument != old->instrument)
        return Error { ErrorCode::InvalidArgument,
            tr("A correction keeps the participant and the instrument of the original."), {}, {} };
    QList<FieldError> problems;
    if (reason.trimmed().size() < 5)
        problems.append({ QStringLiteral("correction_reason"),
            tr("Say why the assessment is corrected (at least 5 characters).") });
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto p = prepare(input, problems);
    if (!p)
        return p.error();
    if (!problems.isEmpty())
        return Error::validation(problems);
    auto id = insert(input, p.value(), assessmentId, reason);
    if (!id)
        return id.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<QList<Assessment>> AssessmentStore::select(const QString& sql, const QVariantList& values)
{
    auto r = m_db.exec(selectColumns + sql, values);
    if (!r)
        return r.error();
    QList<Assessment> list;
    Rows& q = r.value();
    while (q.next()) {
        Assessment a;
        a.id = q.value(0).toLongLong();
        a.participantId = q.value(1).toLongLong();
        a.episodeId = q.value(2).toLongLong();
        a.instrument = q.value(3).toString();
        a.definitionVersion = q.value(4).toInt();
        a.administeredOn = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        const InstrumentDefinition* d = Instruments::find(a.instrument);
        a.answers = answersFrom(d, objectFrom(q.value(6)));
        a.narratives = narrativesFrom(d, objectFrom(q.value(7)));
        a.details = objectFrom(q.value(8));
        a.note = q.value(9).toString();
        a.score = scoreFrom(q.value(10), q.value(11).toString(), objectFrom(q.value(12)));
        a.recordedBy = q.value(13).toLongLong();
        a.recordedByName = q.value(14).toString();
        a.recordedAt = QDateTime::fromString(q.value(15).toString(), Qt::ISODateWithMs);
        a.replacesId = q.value(16).toLongLong();
        a.correctionReason = q.value(17).toString();
        a.superseded = q.value(18).toBool();
        a.versionNumber = q.value(19).toInt();
        list.append(std::move(a));
    }
    return list;
}

Result<QList<Assessment>> AssessmentStore::history(Id participantId)
{
    if (Status s = Access::requireParticipant(m_db, Permission::ViewParticipant, participantId); !s)
        return s.error();
    return select(QStringLiteral("WHERE a.participant_id = ? AND NOT EXISTS "
                                 "(SELECT 1 FROM assessment n WHERE n.replaces_id = a.id) "
                                 "ORDER BY a.administered_on DESC, a.id DESC"),
        { participantId });
}

Result<Assessment> AssessmentStore::get(Id assessmentId)
{
    auto owner = m_db.queryOne(
        QStringLiteral("SELECT participant_id FROM assessment WHERE id = ?"), { assessmentId });
    if (!owner)
        return owner.error();
    if (!*owner)
        return Error { ErrorCode::NotFound,
            tr("There is no assessment with id %1.").arg(assessmentId), {}, {} };
    if (Status s = Access::requireParticipant(
            m_db, Permission::ViewParticipant, (*owner)->value(0).toLongLong());
        !s)
        return s.error();
    auto list = select(QStringLiteral("WHERE a.id = ?"), { assessmentId });
    if (!list)
        return list.error();
    return list->first();
}

Result<QList<Assessment>> AssessmentStore::versions(Id assessmentId)
{
    auto current = get(assessmentId);
    if (!current)
        return current.error();
    // Walk back to the original, then forward through the replacements.
    Id original = assessmentId;
    for (Id at = current->replacesId; at > 0;) {
        original = at;
        auto row = m_db.queryOne(
            QStringLiteral("SELECT replaces_id FROM assessment WHERE id = ?"), { at });
        if (!row)
            return row.error();
        at = *row ? (*row)->value(0).toLongLong() : 0;
    }
    QList<Assessment> chain;
    for (Id at = original; at > 0;) {
        auto list = select(QStringLiteral("WHERE a.id = ?"), { at });
        if (!list)
            return list.error();
        if (list->isEmpty())
            break;
        chain.append(list->first());
        auto next = m_db.queryOne(
            QStringLiteral("SELECT id FROM assessment WHERE replaces_id = ?"), { at });
        if (!next)
            return next.error();
        at = *next ? (*next)->value(0).toLongLong() : 0;
    }
    return chain;
}

Result<std::optional<ScoreChange>> AssessmentStore::change(
    Id participantId, const QString& instrument)
{
    if (Status s = Access::requireParticipant(m_db, Permission::ViewParticipant, participantId); !s)
        return s.error();
    // The open episode, or else the latest: change is measured within one episode of care.
    auto r = m_db.exec(
        QStringLiteral(
            "SELECT a.administered_on, a.total FROM assessment a "
            "WHERE a.episode_id = (SELECT id FROM episode WHERE participant_id = ? "
            "  ORDER BY discharge_date IS NULL DESC, admission_date DESC, id DESC LIMIT 1) "
            "AND a.instrument = ? AND a.total IS NOT NULL AND NOT EXISTS "
            "(SELECT 1 FROM assessment n WHERE n.replaces_id = a.id) "
            "ORDER BY a.administered_on, a.id"),
        { participantId, instrument });
    if (!r)
        return r.error();
    QList<DatedScore> scores;
    while (r->next())
        scores.append(
            { QDate::fromString(r->value(0).toString(), Qt::ISODate), r->value(1).toInt() });
    return ScoreChangeRules::change(scores);
}

Result<QHash<Id, QStringList>> AssessmentStore::worsenedInOpenEpisodes(
    const QList<Id>& participantIds)
{
    QHash<Id, QStringList> worsened;
    if (participantIds.isEmpty())
        return worsened;
    QJsonArray ids;
    for (Id id : participantIds)
        ids.append(id);
    // Driven from the participants' open episodes (episode_one_open); the rule compares the
    // episode's first score with its latest, so only those two are read, each one step down
    // assessment_episode (latest first or last, the row id breaking ties as the full list would).
    auto r = m_db.exec(
        QStringLiteral(
            "SELECT e.participant_id, i.name, "
            "(SELECT a.id FROM assessment a WHERE a.episode_id = e.id AND a.instrument = i.name "
            "AND a.total IS NOT NULL AND NOT EXISTS "
            "(SELECT 1 FROM assessment n WHERE n.replaces_id = a.id) "
            "ORDER BY a.administered_on, a.id LIMIT 1), "
            "(SELECT a.total FROM assessment a WHERE a.episode_id = e.id AND a.instrument = i.name "
            "AND a.total IS NOT NULL AND NOT EXISTS "
            "(SELECT 1 FROM assessment n WHERE n.replaces_id = a.id) "
            "ORDER BY a.administered_on, a.id LIMIT 1), "
            "(SELECT a.id FROM assessment a WHERE a.episode_id = e.id AND a.instrument = i.name "
            "AND a.total IS NOT NULL AND NOT EXISTS "
            "(SELECT 1 FROM assessment n WHERE n.replaces_id = a.id) "
            "ORDER BY a.administered_on DESC, a.id DESC LIMIT 1), "
            "(SELECT a.total FROM assessment a WHERE a.episode_id = e.id AND a.instrument = i.name "
            "AND a.total IS NOT NULL AND NOT EXISTS "
            "(SELECT 1 FROM assessment n WHERE n.replaces_id = a.id) "
            "ORDER BY a.administered_on DESC, a.id DESC LIMIT 1) "
            "FROM (SELECT value AS id FROM json_each(?)) list "
            "CROSS JOIN episode e ON e.participant_id = list.id "
            "AND e.discharge_date IS NULL "
            "CROSS JOIN (SELECT 'gad7' AS name UNION ALL SELECT 'phq9') i "
            "ORDER BY 1, 2"),
        { QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)) });
    if (!r)
        return r.error();
    while (r->next()) {
        if (r->value(2).isNull() || r->value(2) == r->value(4))
            continue; // fewer than two scores
        // Dates only order the two; the first is the earlier.
        const QList<DatedScore> scores { { QDate(2000, 1, 1), r->value(3).toInt() },
            { QDate(2000, 1, 2), r->value(5).toInt() } };
        const auto change = ScoreChangeRules::change(scores);
        if (change && change->worsened)
            worsened[r->value(0).toLongLong()].append(r->value(1).toString());
    }
    return worsened;
}

Result<QList<DueAssessment>> AssessmentStore::due(Id participantId)
{
    auto episodes = EpisodeStore(m_db).episodes(participantId);
    if (!episodes)
        return episodes.error();
    const Episode* open = nullptr;
    for (const Episode& e : episodes.value()) {
        if (e.isOpen())
            open = &e;
    }
    if (!open)
        return QList<DueAssessment> {};
    auto settings = SettingsStore(m_db).load();
    if (!settings)
        return settings.error();
    auto r
        = m_db.exec(QStringLiteral("SELECT a.instrument, max(a.administered_on) FROM assessment a "
                                   "WHERE a.episode_id = ? AND NOT EXISTS "
                                   "(SELECT 1 FROM assessment n WHERE n.replaces_id = a.id) "
                                   "GROUP BY a.instrument"),
            { open->id });
    if (!r)
        return r.error();
    QHash<QString, QDate> last;
    while (r->next())
        last.insert(r->value(0).toString(), QDate::fromString(r->value(1).toString(), Qt::ISODate));
    return AssessmentSchedule::next(*open, last, settings->assessments);
}

} // namespace stepwise
