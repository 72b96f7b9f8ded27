// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RowTableModel.h"
#include "domain/Participant.h"

namespace stepwise {

// A participant's diagnoses. Read-only on the participant page; editable in the dialog, where
// rows are added and removed and the severity is chosen from a list.
class DiagnosisModel : public RowTableModel<Diagnosis>
{
    Q_OBJECT
public:
    enum Column { Code, Description, Severity, ColumnCount };

    explicit DiagnosisModel(QObject* parent = nullptr);

    void setEditable(bool editable) { m_editable = editable; }
    bool isEditable() const { return m_editable; }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    bool insertRows(int row, int count, const QModelIndex& parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex& parent = {}) override;

    // Rows as typed, dropping rows left completely blank.
    QList<Diagnosis> diagnoses() const;

private:
    bool m_editable = false;
};

} // namespace stepwise
