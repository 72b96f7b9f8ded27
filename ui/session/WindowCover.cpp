// SPDX-License-Identifier: GPL-3.0-or-later
#include "WindowCover.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace stepwise {

namespace {

QWidget* makeOverlay(QWidget* window)
{
    auto* overlay = new QWidget(window);
    overlay->setObjectName(QStringLiteral("lockOverlay"));
    overlay->setAutoFillBackground(true);
    QPalette palette = overlay->palette();
    palette.setColor(QPalette::Window, QColor(0x2b, 0x3a, 0x4a));
    palette.setColor(QPalette::WindowText, Qt::white);
    overlay->setPalette(palette);
    // Clicks land on the panel, not on whatever lies under it.
    overlay->setAttribute(Qt::WA_NoMousePropagation);

    auto* label = new QLabel(
        QCoreApplication::translate("stepwise::WindowCover", "Stepwise is locked"), overlay);
    label->setTextFormat(Qt::PlainText);
    label->setAlignment(Qt::AlignCenter);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    label->setFont(font);
    // At the top, where a dialog over the window does not hide it.
    auto* layout = new QVBoxLayout(overlay);
    layout->setContentsMargins(16, 24, 16, 16);
    layout->addWidget(label, 0, Qt::AlignHCenter | Qt::AlignTop);
    layout->addStretch(1);
    overlay->setGeometry(window->rect());
    overlay->show();
    overlay->raise();
    return overlay;
}

} // namespace

QString WindowCover::lockedTitle()
{
    return QCoreApplication::translate("stepwise::WindowCover", "Stepwise \u2014 locked");
}

WindowCover::WindowCover(QWidget* window)
    : m_window(window)
    , m_title(window->windowTitle())
    , m_focus(window->focusWidget())
{
    // Only this window's own content: child windows (dialogs) get covers of their own, and
    // hiding a dialog would end its exec().
    const QList<QWidget*> children = window->findChildren<QWidget*>(Qt::FindDirectChildrenOnly);
    for (QWidget* child : children) {
        if (child->isWindow() || child->isHidden())
            continue;
        m_hidden.append(child);
        child->hide();
    }
    m_overlay = makeOverlay(window);
    window->setWindowTitle(lockedTitle());
    window->installEventFilter(this);
}

WindowCover::~WindowCover()
{
    if (!m_window)
        return;
    m_window->removeEventFilter(this);
    delete m_overlay;
    for (const QPointer<QWidget>& child : std::as_const(m_hidden)) {
        if (child)
            child->show();
    }
    m_window->setWindowTitle(m_title);
    if (m_focus && m_focus->window() == m_window)
        m_focus->setFocus(Qt::OtherFocusReason);
}

bool WindowCover::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && m_overlay) {
        if (event->type() == QEvent::Resize)
            m_overlay->setGeometry(m_window->rect());
        // The title may not change back while locked (a page updating it on a timer).
        if (event->type() == QEvent::WindowTitleChange
            && m_window->windowTitle() != lockedTitle()) {
            m_title = m_window->windowTitle();
            m_window->setWindowTitle(lockedTitle());
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace stepwise
