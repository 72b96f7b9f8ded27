// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace stepwise {

namespace {

struct Look
{
    QStyle::StandardPixmap icon;
    const char* background;
    const char* border;
};

Look lookFor(MessageBar::Type type)
{
    switch (type) {
    case MessageBar::Type::Error:
        return { QStyle::SP_MessageBoxCritical, "#fdecea", "#d9534f" };
    case MessageBar::Type::Warning:
        return { QStyle::SP_MessageBoxWarning, "#fff6e0", "#e0a030" };
    case MessageBar::Type::Positive:
        return { QStyle::SP_DialogApplyButton, "#e9f6ec", "#4caf50" };
    case MessageBar::Type::Information:
        break;
    }
    return { QStyle::SP_MessageBoxInformation, "#e8f1fb", "#4a90d9" };
}

} // namespace

MessageBar::MessageBar(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("MessageBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);

    // Errors quote what people typed and what SQLite said: plain text only.
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Close message"));
    m_close->setAccessibleName(tr("Close message"));
    connect(m_close, &QToolButton::clicked, this, &MessageBar::clear);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 4, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    hide();
}

void MessageBar::showMessage(const QString& text, Type type)
{
    m_type = type;
    const Look look = lookFor(type);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(look.icon).pixmap(iconSize, iconSize));
    // Light backgrounds need dark text even under a dark desktop theme.
    setStyleSheet(QStringLiteral("#MessageBar { background: %1; border: 1px solid %2; "
                                 "border-radius: 4px; } #MessageBar QLabel { color: #202020; }")
                      .arg(QLatin1String(look.background), QLatin1String(look.border)));
    m_text->setText(text);
    setAccessibleDescription(text);
    show();
}

void MessageBar::clear()
{
    m_text->clear();
    hide();
}

QString MessageBar::text() const
{
    return m_text->text();
}

} // namespace stepwise
