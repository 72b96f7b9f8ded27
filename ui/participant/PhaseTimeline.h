// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Episode.h"

#include <QDate>
#include <QWidget>
#include <optional>

namespace stepwise {

// One episode of care drawn as a horizontal bar: a segment per phase, as long as the phase
// lasted, coloured by level of care, ending today while the episode is open.
class PhaseTimeline : public QWidget
{
    Q_OBJECT
public:
    explicit PhaseTimeline(QWidget* parent = nullptr);

    void setEpisode(const std::optional<Episode>& episode, const QDate& today);
    const std::optional<Episode>& episode() const { return m_episode; }

    // Where each phase is drawn, in widget coordinates; empty without an episode.
    QList<QRect> segmentRects() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    QDate endOf(const Phase& phase) const; // inclusive; today for the open phase
    QRect barRect() const;
    QString summary() const;

    std::optional<Episode> m_episode;
    QDate m_today;
};

} // namespace stepwise
