// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/CarePlanStore.h"

#include <QWidget>
#include <optional>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace stepwise {

class AppContext;

// The chart's "Relapse Prevention & Aftercare" section: the current relapse prevention plan
// and aftercare plan of the participant's latest episode, as the participant's printed copy
// reads, each with Edit… and Print….
class CarePlansTab : public QWidget
{
    Q_OBJECT
public:
    explicit CarePlansTab(AppContext& context, QWidget* parent = nullptr);

    void showParticipant(Id participantId);
    void reload();

    const std::optional<RelapsePlanVersion>& relapsePlan() const { return m_relapse; }
    const std::optional<AftercarePlanVersion>& aftercarePlan() const { return m_aftercare; }
    QString relapseText() const;   // as shown, plain text
    QString aftercareText() const; // as shown, plain text

public slots:
    void editRelapsePlan();
    void editAftercarePlan();
    void printRelapsePlan();
    void printAftercarePlan();

private:
    AppContext& m_context;
    Id m_participantId = 0;
    bool m_episodeOpen = false;
    bool m_hasEpisode = false;
    std::optional<RelapsePlanVersion> m_relapse;
    std::optional<AftercarePlanVersion> m_aftercare;
    QLabel* m_relapseLine;
    QLabel* m_aftercareLine;
    QTextBrowser* m_relapseView;
    QTextBrowser* m_aftercareView;
    QPushButton* m_editRelapse;
    QPushButton* m_printRelapse;
    QPushButton* m_editAftercare;
    QPushButton* m_printAftercare;
};

} // namespace stepwise
