// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RowTableModel.h"
#include "storage/CaseloadQuery.h"

namespace stepwise {

// The caseload table: one row per participant from CaseloadQuery::rows, read-only.
class CaseloadModel : public RowTableModel<CaseloadRow>
{
    Q_OBJECT
public:
    enum Column {
        RecordNumber,
        Name,
        Age,
        Phase,
        DaysInPhase,
        Counselor,
        Status,
        Attention, // open safety alerts and overdue assessments
        ColumnCount
    };

    enum Role {
        SortRole = Qt::UserRole + 1, // numbers as numbers, phases and statuses in care order
        SearchTextRole,              // folded names and record number, for the search box
        ParticipantIdRole,
        PhaseRole,  // int(PhaseKind), or -1 when not in care
        StatusRole, // int(ParticipantStatus)
        CounselorIdRole,
        NeedsAttentionRole, // bool: a safety alert is open or an assessment is overdue
    };

    using RowTableModel::RowTableModel;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Hides the base version: the search text is computed with the rows.
    void setRows(QList<CaseloadRow> rows);

    Id participantIdAt(const QModelIndex& index) const; // 0 when the index is not a row
    int rowOfParticipant(Id participantId) const;       // -1 when absent

    // Lower case without accents, so "jose" finds "José" and "ZOË" finds "Zoe".
    static QString fold(const QString& text);
    // "⚠ Safety alert · PHQ-9 overdue 5 days", empty when nothing needs attention.
    static QString attentionText(const CaseloadRow& row, const QDate& today);

private:
    QVariant display(const CaseloadRow& row, int column) const;
    QVariant sortKey(const CaseloadRow& row, int column) const;
    QList<QString> m_searchText; // per row, computed once per load rather than per keystroke
};

} // namespace stepwise
