// SPDX-License-Identifier: GPL-3.0-or-later
#include "Dashboard.h"

#include <QHash>
#include <algorithm>

namespace stepwise {

bool DashboardSelection::matches(const DashboardEntry& entry) const
{
    return (!counselorId || entry.counselorId == *counselorId) && (!phase || entry.phase == *phase)
        && (!flag || entry.flags.has(*flag)) && (!flaggedOnly || entry.flags.any());
}

namespace {

void add(CounselorLoad& load, const DashboardEntry& entry)
{
    ++load.inCare;
    ++load.byPhase.at(std::size_t(entry.phase));
    for (CaseloadFlag flag : allValues<CaseloadFlag>()) {
        if (entry.flags.has(flag))
            ++load.byFlag.at(std::size_t(flag));
    }
    if (entry.flags.any())
        ++load.flagged;
}

bool byName(const QString& a, const QString& b)
{
    return a.localeAwareCompare(b) < 0;
}

} // namespace

Dashboard::Dashboard(
    QDate today, QList<DashboardEntry> entries, const QList<StaffMember>& counselors)
    : m_today(today)
    , m_entries(std::move(entries))
{
    std::stable_sort(m_entries.begin(), m_entries.end(),
        [](const DashboardEntry& a, const DashboardEntry& b) { return byName(a.name, b.name); });

    QHash<Id, CounselorLoad> loads;
    for (const StaffMember& s : counselors) {
        CounselorLoad load;
        load.counselorId = s.id;
        load.name = s.name;
        load.takesParticipants = s.active && s.roles.has(StaffRole::Counselor);
        loads.insert(s.id, load);
    }
    for (const DashboardEntry& e : std::as_const(m_entries)) {
        CounselorLoad& load = loads[e.counselorId];
        load.counselorId = e.counselorId;
        add(load, e);
        add(m_total, e);
    }
    // A staff member who is no longer a counselor appears only while someone is still theirs.
    for (auto it = loads.cbegin(); it != loads.cend(); ++it) {
        if (it->counselorId != 0 && (it->takesParticipants || it->inCare > 0))
            m_loads.append(*it);
    }
    std::sort(m_loads.begin(), m_loads.end(), [](const CounselorLoad& a, const CounselorLoad& b) {
        if (a.takesParticipants != b.takesParticipants)
            return a.takesParticipants;
        return byName(a.name, b.name);
    });
    if (const auto none = loads.constFind(0); none != loads.cend() && none->inCare > 0)
        m_loads.append(*none);
}

QList<DashboardEntry> Dashboard::select(const DashboardSelection& selection) const
{
    QList<DashboardEntry> out;
    for (const DashboardEntry& e : m_entries) {
        if (selection.matches(e))
            out.append(e);
    }
    return out;
}

int Dashboard::count(const DashboardSelection& selection) const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(),
        [&selection](const DashboardEntry& e) { return selection.matches(e); }));
}

} // namespace stepwise
