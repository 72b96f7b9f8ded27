// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaffModel.h"

#include "common/Clock.h"

#include <QLocale>

namespace stepwise {

int StaffModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StaffModel::data(const QModelIndex& index, int role) const
{
    const StaffRow* row = rowAt(index);
    if (!row || role != Qt::DisplayRole)
        return {};
    const StaffAccount& a = row->account;
    const auto when = [](const QDateTime& t) {
        return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
    };
    switch (Column(index.column())) {
    case Name:
        return row->member.name;
    case Username:
        return row->member.username;
    case Roles:
        return row->member.roles.labels();
    case Active:
        return row->member.active ? tr("Yes") : tr("No");
    case SignIn:
        if (row->member.username.isEmpty() || !a.hasPassword)
            return tr("No account");
        if (a.lockedUntil.isValid() && a.lockedUntil > Clock::instance().now())
            return tr("Locked until %1").arg(when(a.lockedUntil));
        if (a.failedAttempts > 0)
            return a.failedAttempts == 1 ? tr("1 failed attempt")
                                         : tr("%1 failed attempts").arg(a.failedAttempts);
        return tr("Can sign in");
    case LastSignIn:
        return when(a.lastSignIn);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant StaffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name:
        return tr("Name");
    case Username:
        return tr("User name");
    case Roles:
        return tr("Roles");
    case Active:
        return tr("Active");
    case SignIn:
        return tr("Sign-in");
    case LastSignIn:
        return tr("Last sign-in");
    case ColumnCount:
        break;
    }
    return {};
}

int StaffModel::rowOfName(const QString& name) const
{
    for (qsizetype r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).member.name == name)
            return int(r);
    }
    return -1;
}

} // namespace stepwise
