// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsStore.h"

#include "AuditTrail.h"
#include "Database.h"

#include <QHash>

namespace stepwise {

namespace {

// The one table of settings keys: each maps a stable key to a field of ProgramSettings.
// A key missing from the database keeps the field's default from ProgramSettings.
struct Key
{
    const char* name;
    QString (*get)(const ProgramSettings&);
    void (*set)(ProgramSettings&, const QString&);
};

template<PhaseKind K> Key sessionsKey(const char* name)
{
    return { name,
        [](const ProgramSettings& s) { return QString::number(s.defaultPlan(K).sessionsPerWeek); },
        [](ProgramSettings& s, const QString& v) {
            bool ok = false;
            const int n = v.toInt(&ok);
            if (ok) {
                PhasePlan p = s.defaultPlan(K);
                p.sessionsPerWeek = n;
                s.setDefaultPlan(K, p);
            }
        } };
}

template<PhaseKind K> Key hoursKey(const char* name)
{
    return { name,
        [](const ProgramSettings& s) { return QString::number(s.defaultPlan(K).hoursPerWeek); },
        [](ProgramSettings& s, const QString& v) {
            bool ok = false;
            const double h = v.toDouble(&ok);
            if (ok) {
                PhasePlan p = s.defaultPlan(K);
                p.hoursPerWeek = h;
                s.setDefaultPlan(K, p);
            }
        } };
}

const QList<Key>& keys()
{
    static const QList<Key> all = {
        { "clinic_name", [](const ProgramSettings& s) { return s.clinicName; },
            [](ProgramSettings& s, const QString& v) { s.clinicName = v; } },
        { "program_name", [](const ProgramSettings& s) { return s.programName; },
            [](ProgramSettings& s, const QString& v) { s.programName = v; } },
        sessionsKey<PhaseKind::Intensive>("plan.intensive.sessions_per_week"),
        hoursKey<PhaseKind::Intensive>("plan.intensive.hours_per_week"),
        sessionsKey<PhaseKind::StepDown>("plan.step_down.sessions_per_week"),
        hoursKey<PhaseKind::StepDown>("plan.step_down.hours_per_week"),
        sessionsKey<PhaseKind::Aftercare>("plan.aftercare.sessions_per_week"),
        hoursKey<PhaseKind::Aftercare>("plan.aftercare.hours_per_week"),
    };
    return all;
}

} // namespace

Result<ProgramSettings> SettingsStore::load()
{
    auto r = m_db.exec(QStringLiteral("SELECT key, value FROM setting"));
    if (!r)
        return r.error();
    QHash<QString, QString> stored;
    while (r->next())
        stored.insert(r->value(0).toString(), r->value(1).toString());
    ProgramSettings settings;
    for (const Key& key : keys()) {
        const auto it = stored.constFind(QLatin1String(key.name));
        if (it != stored.cend())
            key.set(settings, *it);
    }
    return settings;
}

Status SettingsStore::save(const ProgramSettings& settings)
{
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    for (const Key& key : keys()) {
        auto r = m_db.exec(QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?) "
                                          "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
            { QLatin1String(key.name), key.get(settings) });
        if (!r)
            return r.error();
    }
    if (Status s
        = AuditTrail::record(m_db, QStringLiteral("settings.update"), QStringLiteral("setting"), 0);
        !s)
        return s;
    return tx.commit();
}

} // namespace stepwise
