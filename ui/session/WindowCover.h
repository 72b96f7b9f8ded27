// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QWidget>

namespace stepwise {

// While the screen is locked, one top-level window (the main window or a dialog) shows nothing
// of what it holds: its content is hidden (so neither eyes nor screen readers get it), an
// opaque panel lies over it, and its title says only that Stepwise is locked. The window itself
// stays open and untouched, so a dialog's exec() and everything typed survive. Destroying the
// cover puts everything back as it was, focus included. The cover is not the window's child: it
// is owned by whoever locked, and copes with the window going away first.
class WindowCover : public QObject
{
    Q_OBJECT
public:
    explicit WindowCover(QWidget* window);
    ~WindowCover() override;

    QWidget* window() const { return m_window; }
    QWidget* overlay() const { return m_overlay; }

    static QString lockedTitle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QPointer<QWidget> m_window;
    QPointer<QWidget> m_overlay;
    QString m_title;
    QList<QPointer<QWidget>> m_hidden;
    QPointer<QWidget> m_focus;
};

} // namespace stepwise
