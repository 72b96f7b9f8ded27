// SPDX-License-Identifier: GPL-3.0-or-later
#include "DisclosureListModel.h"

#include "common/Format.h"

#include <QLocale>

namespace stepwise {

int DisclosureListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DisclosureListModel::data(const QModelIndex& index, int role) const
{
    const Disclosure* d = rowAt(index);
    if (!d)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case When: {
            const QDateTime local = d->disclosedAt.toLocalTime();
            return tr("%1 %2").arg(
                Format::date(local.date()), QLocale().toString(local.time(), QLocale::ShortFormat));
        }
        case Kind:
            return label(d->kind);
        case Recipient:
            return d->recipient;
        case Purpose:
            return d->purpose;
        case What:
            return d->description;
        case ConsentNumber:
            return d->consentId > 0 ? tr("no. %1").arg(d->consentId) : tr("none needed");
        case By:
            return d->disclosedByName;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == What) {
        QStringList lines { d->description };
        if (d->periodFrom.isValid() || d->periodTo.isValid())
            lines.append(
                tr("Period: %1 to %2").arg(Format::date(d->periodFrom), Format::date(d->periodTo)));
        if (!d->sections.isEmpty())
            lines.append(tr("Sections: %1").arg(d->sections.join(QStringLiteral(", "))));
        if (!d->documentSha256.isEmpty())
            lines.append(tr("SHA-256: %1").arg(d->documentSha256));
        return lines.join(QLatin1Char('\n'));
    }
    if (role == Qt::UserRole)
        return QVariant::fromValue<Id>(d->id);
    return {};
}

QVariant DisclosureListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("Disclosed");
    case Kind:
        return tr("To");
    case Recipient:
        return tr("Recipient");
    case Purpose:
        return tr("Purpose");
    case What:
        return tr("What was sent");
    case ConsentNumber:
        return tr("Consent");
    case By:
        return tr("By");
    }
    return {};
}

} // namespace stepwise
