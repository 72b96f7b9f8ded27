// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdminHomePage.h"

#include <QAction>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace stepwise {

AdminHomePage::AdminHomePage(const QString& userName, QWidget* parent)
    : QWidget(parent)
    , m_buttons(new QVBoxLayout)
    , m_none(new QLabel(tr("No administration pages are available in this version yet."), this))
{
    setObjectName(QStringLiteral("AdminHomePage"));
    auto* title = new QLabel(tr("Administration"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title->setFont(big);
    auto* intro = new QLabel(tr("Signed in as %1. Administrators manage staff accounts, sign-in "
                                "and backup settings, and review the audit log. Participants' "
                                "records open only for staff with a clinical role (counselor or "
                                "supervisor).")
                                 .arg(userName),
        this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    m_none->setForegroundRole(QPalette::PlaceholderText);

    auto* column = new QVBoxLayout;
    column->addWidget(title);
    column->addWidget(intro);
    column->addSpacing(12);
    column->addWidget(m_none);
    column->addLayout(m_buttons);
    column->addStretch(1);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addLayout(column, 2);
    layout->addStretch(1);
}

void AdminHomePage::addPage(QAction* open)
{
    auto* button = new QToolButton(this);
    button->setDefaultAction(open);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setMinimumWidth(fontMetrics().averageCharWidth() * 30);
    m_buttons->addWidget(button, 0, Qt::AlignLeft);
    m_pages.append(open);
    m_none->hide();
}

QStringList AdminHomePage::pageTitles() const
{
    QStringList titles;
    for (const QAction* a : m_pages)
        titles.append(a->text().remove(QLatin1Char('&')));
    return titles;
}

} // namespace stepwise
