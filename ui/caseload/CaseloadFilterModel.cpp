// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseloadFilterModel.h"

#include "CaseloadModel.h"

namespace stepwise {

namespace {

// Digit runs compare by value, so "R-99" sorts before "R-100" whatever the platform's collator
// supports; the rest compares with the collator (locale order, case-insensitive).
int naturalCompare(const QString& a, const QString& b, const QCollator& collator)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        const bool digitA = a.at(i).isDigit();
        const bool digitB = b.at(j).isDigit();
        qsizetype endA = i;
        qsizetype endB = j;
        while (endA < a.size() && a.at(endA).isDigit() == digitA)
            ++endA;
        while (endB < b.size() && b.at(endB).isDigit() == digitB)
            ++endB;
        const QStringView chunkA = QStringView(a).mid(i, endA - i);
        const QStringView chunkB = QStringView(b).mid(j, endB - j);
        int order = 0;
        if (digitA && digitB) {
            // Compare by value without overflow: strip leading zeros, then length, then digits.
            QStringView x = chunkA;
            QStringView y = chunkB;
            while (x.size() > 1 && x.front() == QLatin1Char('0'))
                x = x.mid(1);
            while (y.size() > 1 && y.front() == QLatin1Char('0'))
                y = y.mid(1);
            order = x.size() != y.size() ? (x.size() < y.size() ? -1 : 1) : x.compare(y);
        } else {
            order = collator.compare(chunkA, chunkB);
        }
        if (order != 0)
            return order;
        i = endA;
        j = endB;
    }
    return (a.size() - i) < (b.size() - j) ? -1 : ((a.size() - i) > (b.size() - j) ? 1 : 0);
}

} // namespace

CaseloadFilterModel::CaseloadFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(CaseloadModel::SortRole);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
}

void CaseloadFilterModel::setSearchText(const QString& text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    m_words = CaseloadModel::fold(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

void CaseloadFilterModel::setPhaseFilter(std::optional<int> phaseOrNotInCare)
{
    m_phase = phaseOrNotInCare;
    invalidateFilter();
}

void CaseloadFilterModel::setStatusFilter(std::optional<ParticipantStatus> status)
{
    m_status = status;
    invalidateFilter();
}

void CaseloadFilterModel::setCounselorFilter(std::optional<Id> counselorId)
{
    m_counselorId = counselorId;
    invalidateFilter();
}

void CaseloadFilterModel::setAttentionOnly(bool on)
{
    m_attentionOnly = on;
    invalidateFilter();
}

bool CaseloadFilterModel::isFiltering() const
{
    return !m_words.isEmpty() || m_phase || m_status || m_counselorId || m_attentionOnly;
}

Id CaseloadFilterModel::participantIdAt(const QModelIndex& proxyIndex) const
{
    if (!proxyIndex.isValid() || proxyIndex.model() != this)
        return 0;
    return data(proxyIndex, CaseloadModel::ParticipantIdRole).toLongLong();
}

bool CaseloadFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_phase && index.data(CaseloadModel::PhaseRole).toInt() != *m_phase)
        return false;
    if (m_status && index.data(CaseloadModel::StatusRole).toInt() != int(*m_status))
        return false;
    if (m_counselorId && index.data(CaseloadModel::CounselorIdRole).toLongLong() != *m_counselorId)
        return false;
    if (m_attentionOnly && !index.data(CaseloadModel::NeedsAttentionRole).toBool())
        return false;
    if (m_words.isEmpty())
        return true;
    const QString haystack = index.data(CaseloadModel::SearchTextRole).toString();
    for (const QString& word : m_words) {
        if (!haystack.contains(word))
            return false;
    }
    return true;
}

bool CaseloadFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString) {
        const int order = naturalCompare(a.toString(), b.toString(), m_collator);
        if (order != 0)
            return order < 0;
    } else if (a != b) {
        return a.toLongLong() < b.toLongLong();
    }
    // Ties keep a stable, predictable order: by name, then record number.
    const auto key = [&](const QModelIndex& index, int column) {
        return index.sibling(index.row(), column).data(CaseloadModel::SortRole).toString();
    };
    const int byName = naturalCompare(
        key(left, CaseloadModel::Name), key(right, CaseloadModel::Name), m_collator);
    if (byName != 0)
        return byName < 0;
    return naturalCompare(key(left, CaseloadModel::RecordNumber),
               key(right, CaseloadModel::RecordNumber), m_collator)
        < 0;
}

} // namespace stepwise
