// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConsentListModel.h"

#include "consent/ConsentRules.h"

#include <QColor>

namespace stepwise {

void ConsentListModel::setConsents(QList<Consent> consents, const QDate& today)
{
    m_today = today;
    setRows(std::move(consents));
}

int ConsentListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConsentListModel::data(const QModelIndex& index, int role) const
{
    const Consent* c = rowAt(index);
    if (!c)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Recipient:
            return ConsentRules::recipientText(*c);
        case Purpose:
            return c->purpose;
        case Period:
            return ConsentRules::periodText(*c);
        case Signed:
            // ISO like the period and the reason beside it, which are printed on documents too.
            return c->isSigned() ? c->signedDate.toString(Qt::ISODate) : tr("not signed");
        case Status:
            return ConsentRules::label(ConsentRules::validity(*c, m_today));
        case Reason:
            return ConsentRules::status(*c, m_today).reason;
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Status || index.column() == Reason)
            return ConsentRules::status(*c, m_today).reason;
        return ConsentRules::describe(*c);
    }
    // Only a consent in effect may be relied on: the others are greyed in the status column.
    if (role == Qt::ForegroundRole && index.column() == Status
        && ConsentRules::validity(*c, m_today) != ConsentValidity::Valid)
        return QColor(0x70, 0x70, 0x70);
    if (role == Qt::UserRole)
        return QVariant::fromValue<Id>(c->id);
    return {};
}

QVariant ConsentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Recipient:
        return tr("Recipient");
    case Purpose:
        return tr("Purpose");
    case Period:
        return tr("In effect");
    case Signed:
        return tr("Signed");
    case Status:
        return tr("Status today");
    case Reason:
        return tr("Why");
    }
    return {};
}

} // namespace stepwise
