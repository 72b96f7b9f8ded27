// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RowTableModel.h"
#include "recovery/Toxicology.h"

namespace stepwise {

// The chart's drug screens, newest first: what each cup showed, unexpected positives in red and
// expected ones with the prescription that explains them.
class ScreenModel : public RowTableModel<ToxScreen>
{
    Q_OBJECT
public:
    enum Column { Date, Observed, Specimen, Panel, Results, Findings, ColumnCount };

    using RowTableModel::RowTableModel;

    // The medications make the "missing maintenance medication" finding.
    void setScreens(QList<ToxScreen> screens, QList<Medication> medications);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // "Cocaine (COC) positive; Buprenorphine (BUP) positive, expected: prescribed …; 10 negative"
    static QString resultsText(const ToxScreen& screen);
    QString findingsText(const ToxScreen& screen) const;

private:
    QList<Medication> m_medications;
};

} // namespace stepwise
