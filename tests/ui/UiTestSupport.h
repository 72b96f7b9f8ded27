// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppContext.h"
#include "common/UiSettings.h"
#include "storage/EpisodeStore.h"
#include "storage/ParticipantStore.h"
#include "support/MockClock.h"
#include "support/TestDatabase.h"

#include <QAbstractButton>
#include <QApplication>
#include <QStandardPaths>
#include <QTest>
#include <QWidget>
#include <catch2/catch.hpp>

namespace stepwise::test {

// "Today" in every UI test.
inline QDate uiToday()
{
    return QDate(2025, 3, 10);
}

// A fixed clock, a fresh database with one counselor, and the context pages are built on.
// Window settings are kept out of the user's real configuration.
struct UiFixture
{
    UiFixture()
    {
        QStandardPaths::setTestModeEnabled(true);
        UiSettings::setPersistent(false);
    }

    // Adds `p` admitted `daysAgo` days before today into the intensive phase.
    Id addAdmitted(Participant p, int daysAgo = 30)
    {
        p.counselorId = p.counselorId ? p.counselorId : database.counselorId();
        Admission admission { uiToday().addDays(-daysAgo), { 3, 9.0 },
            QStringLiteral("Admission") };
        auto id = ParticipantStore(database.db()).add(p, admission);
        REQUIRE_OK(id);
        return id.value();
    }

    MockClock clock { uiToday() };
    TestDatabase database;
    AppContext context { database.db() };
};

// The visible top-level widget of type T (dialogs opened with open()), or nullptr.
template<typename T> T* findTopLevel()
{
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (auto* t = qobject_cast<T*>(widget); t && t->isVisible())
            return t;
    }
    return nullptr;
}

template<typename T> T* child(QObject* parent, const QString& name)
{
    T* found = parent->findChild<T*>(name);
    INFO("child " << name.toStdString());
    REQUIRE(found != nullptr);
    return found;
}

// Key presses for `text`, including letters no ASCII key produces ("Ż"), which QTest::keyClicks
// refuses: those arrive as key events carrying just the text, as an input method sends them.
inline void typeText(QWidget* field, const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(field, char(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, field, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

// Lets posted events run (layout requests, queued signals, deferred deletes) a few rounds over.
inline void settle()
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::processEvents();
    }
}

// Shows the window and waits until it has the keyboard, so shortcuts and cell editors work.
inline void activate(QWidget* window)
{
    window->show();
    QApplication::setActiveWindow(window);
    REQUIRE(QTest::qWaitFor([window] { return QApplication::activeWindow() == window; }));
}

// Clicks an enabled button with the mouse and lets what it started run.
inline void click(QAbstractButton* button)
{
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    settle();
}

// Types into a field as a user would, replacing what is there.
inline void typeInto(QWidget* field, const QString& text)
{
    field->setFocus();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(field, Qt::Key_Delete);
    typeText(field, text);
}

} // namespace stepwise::test
