// SPDX-License-Identifier: GPL-3.0-or-later
#include "PhaseHistoryView.h"

#include "PhaseModel.h"
#include "common/Format.h"
#include "common/UiSettings.h"

#include <QHeaderView>
#include <QStyle>

namespace stepwise {

PhaseHistoryView::PhaseHistoryView(PhaseModel* model, QWidget* parent)
    : ReadOnlyTable(tr("Phase history"), parent)
{
    setObjectName(QStringLiteral("phaseView"));
    setModel(model);
    wrapLongText();
    setMinimumHeight(fontMetrics().height() * 8);
    const QByteArray state = UiSettings::value(UiKey::ParticipantPhaseHeaderState).toByteArray();
    if (state.isEmpty() || !horizontalHeader()->restoreState(state))
        applyDefaultWidths(model);
}

PhaseHistoryView::~PhaseHistoryView()
{
    UiSettings::setValue(UiKey::ParticipantPhaseHeaderState, horizontalHeader()->saveState());
}

void PhaseHistoryView::applyDefaultWidths(PhaseModel* model)
{
    // Wide enough for the longest value of each column in the bold current row, or its title;
    // the reason takes what is left.
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics fm(bold);
    QString longestPhase;
    for (PhaseKind kind : allValues<PhaseKind>()) {
        if (fm.horizontalAdvance(label(kind)) > fm.horizontalAdvance(longestPhase))
            longestPhase = label(kind);
    }
    const QString date = Format::date(QDate(2000, 12, 28));
    const QString samples[PhaseModel::Reason] = { QStringLiteral("00"), longestPhase, date, date,
        QStringLiteral("0000"), QStringLiteral("00"), QStringLiteral("00.5") };
    const int decoration = style()->pixelMetric(QStyle::PM_SmallIconSize) + 6;
    const QFontMetrics headerFm(horizontalHeader()->font());
    for (int c = 0; c < PhaseModel::Reason; ++c) {
        const int title
            = headerFm.horizontalAdvance(model->headerData(c, Qt::Horizontal).toString());
        const int value
            = fm.horizontalAdvance(samples[c]) + (c == PhaseModel::Kind ? decoration : 0);
        horizontalHeader()->resizeSection(c, qMax(title, value) + 20);
    }
}

} // namespace stepwise
