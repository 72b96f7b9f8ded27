// SPDX-License-Identifier: GPL-3.0-or-later
#include "SafetyAlertBanner.h"

#include "common/Format.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace stepwise {

SafetyAlertBanner::SafetyAlertBanner(QWidget* parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_button(new QPushButton(tr("Record &Follow-up\u2026"), this))
{
    setObjectName(QStringLiteral("safetyAlertBanner"));
    setStyleSheet(
        QStringLiteral("#safetyAlertBanner { background: #fee2e2; border: 2px solid #b91c1c; "
                       "border-radius: 4px; } QLabel { color: #7f1d1d; }"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    QFont bold = m_text->font();
    bold.setBold(true);
    m_text->setFont(bold);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_button);
    connect(m_button, &QPushButton::clicked, this, [this] {
        if (!m_alerts.isEmpty())
            emit followUpRequested(m_alerts.last()); // the oldest open one first
    });
    hide();
}

void SafetyAlertBanner::setAlerts(const QList<SafetyAlert>& openAlerts)
{
    m_alerts = openAlerts;
    setVisible(!m_alerts.isEmpty());
    if (m_alerts.isEmpty())
        return;
    const SafetyAlert& oldest = m_alerts.last();
    const InstrumentDefinition* d = Instruments::find(oldest.instrument);
    QString text = tr("\u26A0 Safety alert: %1 on %2. %3 No follow-up recorded yet.")
                       .arg(d ? d->name : oldest.instrument, Format::date(oldest.administeredOn),
                           oldest.message);
    if (m_alerts.size() > 1)
        text += QLatin1Char(' ') + tr("%1 alerts are open.").arg(m_alerts.size());
    m_text->setText(text);
}

} // namespace stepwise
