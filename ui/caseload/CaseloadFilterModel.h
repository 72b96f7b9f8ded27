// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Episode.h"

#include <QCollator>
#include <QSortFilterProxyModel>
#include <QStringList>
#include <optional>

namespace stepwise {

// Search and filters over a CaseloadModel, and sorting that orders "R-99" before "R-100".
class CaseloadFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    static constexpr int NotInCare = -1; // phase filter value: no open episode

    explicit CaseloadFilterModel(QObject* parent = nullptr);

    // Every word must appear in a name (legal or preferred) or the record number, ignoring
    // case and accents.
    void setSearchText(const QString& text);
    QString searchText() const { return m_searchText; }

    void setPhaseFilter(std::optional<int> phaseOrNotInCare); // int(PhaseKind) or NotInCare
    void setStatusFilter(std::optional<ParticipantStatus> status);
    void setCounselorFilter(std::optional<Id> counselorId); // 0: unassigned
    // Only participants with an open safety alert or an overdue assessment.
    void setAttentionOnly(bool on);
    bool attentionOnly() const { return m_attentionOnly; }

    bool isFiltering() const;
    Id participantIdAt(const QModelIndex& proxyIndex) const; // 0 when not a row

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QString m_searchText;
    QStringList m_words;
    std::optional<int> m_phase;
    std::optional<ParticipantStatus> m_status;
    std::optional<Id> m_counselorId;
    bool m_attentionOnly = false;
    QCollator m_collator;
};

} // namespace stepwise
