// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CaseloadFlag.h"
#include "domain/Episode.h"

#include <QDate>
#include <QList>
#include <array>
#include <optional>

namespace stepwise {

// One participant in care as the supervisors' dashboard counts them.
struct DashboardEntry
{
    Id participantId = 0;
    QString recordNumber;
    QString name;       // sort name, "Last, First"
    Id counselorId = 0; // 0: nobody's caseload
    PhaseKind phase = PhaseKind::Intensive;
    int daysInPhase = 0;
    CaseloadFlags flags;
};

// One counselor's line: participants in care by phase, and how many of them carry each flag.
struct CounselorLoad
{
    Id counselorId = 0; // 0: the participants on nobody's caseload
    QString name;
    // An active staff member with the counselor role: someone participants can be given to.
    bool takesParticipants = false;
    int inCare = 0;
    int flagged = 0; // participants with at least one flag
    std::array<int, 3> byPhase {};
    std::array<int, CaseloadFlagCount> byFlag {};
    int count(PhaseKind phase) const { return byPhase.at(std::size_t(phase)); }
    int count(CaseloadFlag flag) const { return byFlag.at(std::size_t(flag)); }
};

// Which participants a count stands for: each empty part matches everyone.
struct DashboardSelection
{
    std::optional<Id> counselorId; // 0 picks the participants on nobody's caseload
    std::optional<PhaseKind> phase;
    std::optional<CaseloadFlag> flag;
    bool flaggedOnly = false; // at least one flag
    bool matches(const DashboardEntry& entry) const;
};

// Every participant in care with their flags, and the counts per counselor made from the same
// entries, so that a count and the list behind it cannot disagree.
class Dashboard
{
public:
    Dashboard() = default;
    // `counselors`: the staff who may carry a caseload, listed even with nobody in care.
    Dashboard(QDate today, QList<DashboardEntry> entries, const QList<StaffMember>& counselors);

    QDate today() const { return m_today; }
    // Counselors by name, then former or non-counselor staff who still have participants, then
    // (when there are any) the participants on nobody's caseload.
    const QList<CounselorLoad>& loads() const { return m_loads; }
    const CounselorLoad& total() const { return m_total; }
    const QList<DashboardEntry>& entries() const { return m_entries; }
    // The entries behind a count, by name.
    QList<DashboardEntry> select(const DashboardSelection& selection) const;
    int count(const DashboardSelection& selection) const;

private:
    QDate m_today;
    QList<DashboardEntry> m_entries;
    QList<CounselorLoad> m_loads;
    CounselorLoad m_total;
};

} // namespace stepwise
