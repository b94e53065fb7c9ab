//! Driving the application at the `update` level in tests: run a task's messages, and send a
//! message with every message that follows from it.

use allianssi::app::{App, Message};
use iced::Task;
use iced_test::futures::futures::{StreamExt, executor::block_on};
use iced_test::runtime::{Action, task::into_stream};
use std::collections::VecDeque;

/// The messages a task produces, ignoring what only a window could do.
pub fn run(task: Task<Message>) -> Vec<Message> {
    let Some(stream) = into_stream(task) else { return Vec::new() };
    block_on(
        stream
            .filter_map(|action| async move {
                match action {
                    Action::Output(m) => Some(m),
                    _ => None,
                }
            })
            .collect(),
    )
}

/// Sends a message and every message that follows from it.
pub fn send(app: &mut App, message: Message) {
    let mut queue = VecDeque::from([message]);
    while let Some(m) = queue.pop_front() {
        queue.extend(run(app.update(m)));
    }
}
