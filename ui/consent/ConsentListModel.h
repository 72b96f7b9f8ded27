// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RowTableModel.h"
#include "consent/Consent.h"

#include <QDate>

namespace stepwise {

// A participant's consents to disclose, as ConsentStore lists them, each with whether it allows
// a disclosure on `today` and why (ConsentRules::status).
class ConsentListModel : public RowTableModel<Consent>
{
    Q_OBJECT
public:
    enum Column { Recipient, Purpose, Period, Signed, Status, Reason, ColumnCount };

    using RowTableModel::RowTableModel;

    void setConsents(QList<Consent> consents, const QDate& today);
    QDate today() const { return m_today; }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QDate m_today;
};

} // namespace stepwise
