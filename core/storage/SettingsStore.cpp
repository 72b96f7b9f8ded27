// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsStore.h"

#include "AuditTrail.h"
#include "Database.h"
#include "auth/Access.h"
#include "instruments/Instrument.h"

#include <QHash>
#include <functional>

namespace stepwise {

namespace {

// The one table of settings keys: each maps a stable key to a field of ProgramSettings.
// A key missing from the database keeps the field's default from ProgramSettings.
struct Key
{
    QString name;
    std::function<QString(const ProgramSettings&)> get;
    std::function<void(ProgramSettings&, const QString&)> set;
};

template<PhaseKind K> Key sessionsKey(const char* name)
{
    return { QLatin1String(name),
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
    return { QLatin1String(name),
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

template<int SecuritySettings::*Field> Key intKey(const char* name)
{
    return { QLatin1String(name),
        [](const ProgramSettings& s) { return QString::number(s.security.*Field); },
        [](ProgramSettings& s, const QString& v) {
            bool ok = false;
            const int n = v.toInt(&ok);
            if (ok)
                s.security.*Field = n;
        } };
}

const QList<Key>& keys()
{
    static const QList<Key> all = {
        { QStringLiteral("clinic_name"), [](const ProgramSettings& s) { return s.clinicName; },
            [](ProgramSettings& s, const QString& v) { s.clinicName = v; } },
        { QStringLiteral("program_name"), [](const ProgramSettings& s) { return s.programName; },
            [](ProgramSettings& s, const QString& v) { s.programName = v; } },
        sessionsKey<PhaseKind::Intensive>("plan.intensive.sessions_per_week"),
        hoursKey<PhaseKind::Intensive>("plan.intensive.hours_per_week"),
        sessionsKey<PhaseKind::StepDown>("plan.step_down.sessions_per_week"),
        hoursKey<PhaseKind::StepDown>("plan.step_down.hours_per_week"),
        sessionsKey<PhaseKind::Aftercare>("plan.aftercare.sessions_per_week"),
        hoursKey<PhaseKind::Aftercare>("plan.aftercare.hours_per_week"),
        { QStringLiteral("security.counselor_scope"),
            [](const ProgramSettings& s) {
                return s.security.counselorScope == CounselorScope::Program
                    ? QStringLiteral("program")
                    : QStringLiteral("caseload");
            },
            [](ProgramSettings& s, const QString& v) {
                s.security.counselorScope = v == QLatin1String("program")
                    ? CounselorScope::Program
                    : CounselorScope::Caseload;
            } },
        intKey<&SecuritySettings::lockoutAttempts>("security.lockout_attempts"),
        intKey<&SecuritySettings::lockoutMinutes>("security.lockout_minutes"),
        intKey<&SecuritySettings::idleLockMinutes>("security.idle_lock_minutes"),
        intKey<&SecuritySettings::emergencyAccessMinutes>("security.emergency_access_minutes"),
        { QStringLiteral("backup.folder"),
            [](const ProgramSettings& s) { return s.security.backupFolder; },
            [](ProgramSettings& s, const QString& v) { s.security.backupFolder = v; } },
        intKey<&SecuritySettings::backupsToKeep>("backup.keep"),
    };
    return all;
}

// The assessment schedule: "schedule.<instrument>.<phase>" days for every instrument and phase,
// whether ASAM is due at phase changes, and the window around admission and phase changes.
QList<Key> scheduleKeys()
{
    QList<Key> list;
    for (const QString& id : Instruments::ids()) {
        for (PhaseKind phase : allValues<PhaseKind>()) {
            list.append({ QStringLiteral("schedule.%1.%2").arg(id, storageKey(phase)),
                [id, phase](const ProgramSettings& s) {
                    return QString::number(s.assessments.interval(id, phase));
                },
                [id, phase](ProgramSettings& s, const QString& v) {
                    bool ok = false;
                    const int days = v.toInt(&ok);
                    if (ok)
                        s.assessments.setInterval(id, phase, days);
                } });
        }
    }
    list.append({ QStringLiteral("schedule.asam_at_phase_change"),
        [](const ProgramSettings& s) {
            return s.assessments.asamAtPhaseChange ? QStringLiteral("1") : QStringLiteral("0");
        },
        [](ProgramSettings& s, const QString& v) {
            s.assessments.asamAtPhaseChange = v != QLatin1String("0");
        } });
    list.append({ QStringLiteral("schedule.window_days"),
        [](const ProgramSettings& s) { return QString::number(s.assessments.windowDays); },
        [](ProgramSettings& s, const QString& v) {
            bool ok = false;
            const int days = v.toInt(&ok);
            if (ok)
                s.assessments.windowDays = days;
        } });
    return list;
}

std::optional<int> toInt(const QString& v)
{
    bool ok = false;
    const int n = v.toInt(&ok);
    return ok ? std::optional<int>(n) : std::nullopt;
}

// Attendance (issue 5): "attendance.<adult|adolescent>.<phase>.hours|days",
// "attendance.week_starts_on" (1 Monday .. 7 Sunday), "attendance.adult_from_age",
// "length.<phase>.min_weeks|max_weeks", "readiness.attendance_percent" and
// "attendance.session_types" (added names, one per line).
QList<Key> attendanceKeys()
{
    QList<Key> list;
    for (PhaseKind phase : allValues<PhaseKind>()) {
        for (AgeGroup group : { AgeGroup::Adult, AgeGroup::Adolescent }) {
            const QString prefix = QStringLiteral("attendance.%1.%2.")
                                       .arg(group == AgeGroup::Adult ? QStringLiteral("adult")
                                                                     : QStringLiteral("adolescent"),
                                           storageKey(phase));
            list.append({ prefix + QStringLiteral("hours"),
                [phase, group](const ProgramSettings& s) {
                    return QString::number(s.attendance.requirement(phase, group).hours);
                },
                [phase, group](ProgramSettings& s, const QString& v) {
                    bool ok = false;
                    const double h = v.toDouble(&ok);
                    if (ok) {
                        HoursRequirement r = s.attendance.requirement(phase, group);
                        r.hours = h;
                        s.attendance.setRequirement(phase, group, r);
                    }
                } });
            list.append({ prefix + QStringLiteral("days"),
                [phase, group](const ProgramSettings& s) {
                    return QString::number(s.attendance.requirement(phase, group).days);
                },
                [phase, group](ProgramSettings& s, const QString& v) {
                    if (const auto n = toInt(v)) {
                        HoursRequirement r = s.attendance.requirement(phase, group);
                        r.days = *n;
                        s.attendance.setRequirement(phase, group, r);
                    }
                } });
        }
        const size_t i = size_t(phase);
        list.append({ QStringLiteral("length.%1.min_weeks").arg(storageKey(phase)),
            [i](const ProgramSettings& s) {
                return QString::number(s.attendance.expectedMinWeeks[i]);
            },
            [i](ProgramSettings& s, const QString& v) {
                if (const auto n = toInt(v))
                    s.attendance.expectedMinWeeks[i] = *n;
            } });
        list.append({ QStringLiteral("length.%1.max_weeks").arg(storageKey(phase)),
            [i](const ProgramSettings& s) {
                return QString::number(s.attendance.expectedMaxWeeks[i]);
            },
            [i](ProgramSettings& s, const QString& v) {
                if (const auto n = toInt(v))
                    s.attendance.expectedMaxWeeks[i] = *n;
            } });
    }
    list.append({ QStringLiteral("attendance.week_starts_on"),
        [](const ProgramSettings& s) { return QString::number(int(s.attendance.weekStartsOn)); },
        [](ProgramSettings& s, const QString& v) {
            if (const auto n = toInt(v); n && *n >= 1 && *n <= 7)
                s.attendance.weekStartsOn = Qt::DayOfWeek(*n);
        } });
    list.append({ QStringLiteral("attendance.adult_from_age"),
        [](const ProgramSettings& s) { return QString::number(s.attendance.adultFromAge); },
        [](ProgramSettings& s, const QString& v) {
            if (const auto n = toInt(v))
                s.attendance.adultFromAge = *n;
        } });
    list.append({ QStringLiteral("readiness.attendance_percent"),
        [](const ProgramSettings& s) {
            return QString::number(s.attendance.readinessAttendancePercent);
        },
        [](ProgramSettings& s, const QString& v) {
            if (const auto n = toInt(v))
                s.attendance.readinessAttendancePercent = *n;
        } });
    list.append({ QStringLiteral("attendance.session_types"),
        [](const ProgramSettings& s) {
            return s.attendance.customSessionTypes.join(QLatin1Char('\n'));
        },
        [](ProgramSettings& s, const QString& v) {
            s.attendance.customSessionTypes = v.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        } });
    return list;
}

// The clinical record (issue 6): "plan.review_days", "plan.initial_days",
// "notes.default_format" (dap, soap, birp, free) and "notes.unsigned_hours".
QList<Key> recordsKeys()
{
    auto intKey = [](const char* name, int RecordsSettings::*field) {
        return Key { QLatin1String(name),
            [field](const ProgramSettings& s) { return QString::number(s.records.*field); },
            [field](ProgramSettings& s, const QString& v) {
                if (const auto n = toInt(v))
                    s.records.*field = *n;
            } };
    };
    return {
        intKey("plan.review_days", &RecordsSettings::planReviewDays),
        intKey("plan.initial_days", &RecordsSettings::initialPlanDays),
        { QStringLiteral("notes.default_format"),
            [](const ProgramSettings& s) { return storageKey(s.records.defaultNoteFormat); },
            [](ProgramSettings& s, const QString& v) {
                if (const auto f = parseNoteFormat(v))
                    s.records.defaultNoteFormat = *f;
            } },
        intKey("notes.unsigned_hours", &RecordsSettings::unsignedNoteHours),
    };
}

const QList<Key>& allKeys()
{
    static const QList<Key> all = keys() + scheduleKeys() + attendanceKeys() + recordsKeys();
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
    for (const Key& key : allKeys()) {
        const auto it = stored.constFind(key.name);
        if (it != stored.cend())
            key.set(settings, *it);
    }
    return settings;
}

Status SettingsStore::save(const ProgramSettings& settings)
{
    if (Status s = Access::require(m_db, Permission::ManageSettings); !s)
        return s;
    if (const auto errors = settings.validate(); !errors.isEmpty())
        return Error::validation(errors);
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto before = load();
    if (!before)
        return before.error();
    QVariantMap oldValues, newValues;
    for (const Key& key : allKeys()) {
        oldValues.insert(key.name, key.get(*before));
        newValues.insert(key.name, key.get(settings));
    }
    const QJsonObject changed = AuditTrail::changes(oldValues, newValues);
    if (changed.isEmpty())
        return {};
    for (const Key& key : allKeys()) {
        auto r = m_db.exec(QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?) "
                                          "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
            { key.name, key.get(settings) });
        if (!r)
            return r.error();
    }
    AuditEvent event;
    event.action = QStringLiteral("settings.update");
    event.entity = QStringLiteral("setting");
    event.changes = changed;
    event.detail = changed.keys().join(QStringLiteral(", "));
    if (Status s = AuditTrail::record(m_db, event); !s)
        return s;
    return tx.commit();
}

} // namespace stepwise
