// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionType.h"

#include <QCoreApplication>
#include <array>

namespace stepwise::SessionTypes {

namespace {

struct Entry
{
    const char* key;
    const char* label;
    bool group;
};

constexpr std::array<Entry, 7> entries { {
    { GroupTherapy, QT_TRANSLATE_NOOP("stepwise::SessionTypes", "Group therapy"), true },
    { IndividualCounseling, QT_TRANSLATE_NOOP("stepwise::SessionTypes", "Individual counseling"),
        false },
    { Psychoeducation, QT_TRANSLATE_NOOP("stepwise::SessionTypes", "Psychoeducation"), true },
    { RelapsePrevention,
        QT_TRANSLATE_NOOP("stepwise::SessionTypes", "Relapse prevention / coping skills group"),
        true },
    { FamilySession, QT_TRANSLATE_NOOP("stepwise::SessionTypes", "Family session"), false },
    { CaseManagement, QT_TRANSLATE_NOOP("stepwise::SessionTypes", "Case management"), false },
    { MedicationManagement, QT_TRANSLATE_NOOP("stepwise::SessionTypes", "Medication management"),
        false },
} };

const Entry* find(const QString& key)
{
    for (const Entry& e : entries) {
        if (key == QLatin1String(e.key))
            return &e;
    }
    return nullptr;
}

} // namespace

QStringList builtIn()
{
    QStringList keys;
    for (const Entry& e : entries)
        keys.append(QLatin1String(e.key));
    return keys;
}

bool isBuiltIn(const QString& key)
{
    return find(key) != nullptr;
}

QString label(const QString& key)
{
    if (const Entry* e = find(key))
        return QCoreApplication::translate("stepwise::SessionTypes", e->label);
    return key;
}

QString parse(const QString& text, const QStringList& custom)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    for (const Entry& e : entries) {
        if (t.compare(QLatin1String(e.key), Qt::CaseInsensitive) == 0
            || t.compare(QLatin1String(e.label), Qt::CaseInsensitive) == 0)
            return QLatin1String(e.key);
    }
    for (const QString& c : custom) {
        if (t.compare(c, Qt::CaseInsensitive) == 0)
            return c;
    }
    return {};
}

bool isGroup(const QString& key)
{
    const Entry* e = find(key);
    return e ? e->group : true;
}

} // namespace stepwise::SessionTypes
