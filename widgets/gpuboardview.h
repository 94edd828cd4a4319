// The GPUs of one host as a responsive grid of cards: vGPU slices, MIG slots, SR-IOV VFs and who holds them.
#pragma once

#include "gpuboardghosts.h"
#include "gpuboarditem.h"

#include <QAbstractScrollArea>

#include <memory>

class GpuBoardLayout;
class QTimer;

class Inventory;

class GpuBoardView final : public QAbstractScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GpuBoardView)

public:
    using Item = GpuBoardItem;

    static constexpr int MinCardWidth = 300; // GpuBoardLayout's; here for users of the view
    static constexpr int MaxCardWidth = 360;

    explicit GpuBoardView(Inventory *inventory, QWidget *parent = nullptr);
    ~GpuBoardView() override;

    // Shows the GPUs of this host; an empty id shows the "select a host" hint.
    void setHost(const QString &hostId);
    QString host() const { return m_hostId; }

    // Highlights the matching item (a GPU, an mdev, a VF, a companion function; a VM lights up what it holds)
    // and scrolls it into view. Emits nothing: this is how other views sync their selection into the board.
    void setCurrent(const ObjectRef &ref);
    ObjectRef current() const { return m_current; }

    // Plain multi-line text about an object on the shown host, as tooltips and screen readers get it.
    QString describe(const ObjectRef &ref) const;

    // What the user sees: every card and every item on it, in viewport coordinates, in drawing order.
    // Public for tests and accessibility tools; cheap enough to call after every change.
    QList<Item> items() const;
    int columnCount() const;

    // Scheduler preview: ghost slices drawn over the cards of their host (items() lists them as Ghost
    // items after the cards) until replaced or cleared with an empty list.
    void setGhosts(const QList<GpuBoardGhost> &ghosts);
    const QList<GpuBoardGhost> &ghosts() const { return m_ghosts; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    // The user clicked or keyed onto something: a GPU (card), an mdev (slice, MIG instance), a VF or
    // companion function, a VM (banner), an IOMMU group (badge) or a creatable type (free space).
    void objectActivated(const ObjectRef &ref);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    void rebuild();  // re-reads the snapshot; repaints changed cards, relayouts only when geometry moved
    void relayout(); // places the cards in the grid and sets the scroll ranges
    void updateAccessibleText();
    QPoint offset() const; // content → viewport
    void moveToCard(int index);
    void scrollTo(const QRect &contentRect);
    QString emptyText() const;

    Inventory *m_inventory;
    QString m_hostId;
    std::unique_ptr<GpuBoardLayout> m_board;
    ObjectRef m_current;
    int m_keyboardCard = -1;
    QList<GpuBoardGhost> m_ghosts;
    QTimer *m_telemetryTimer = nullptr; // throttles load-bar updates to once a second
};
