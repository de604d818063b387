// The assistant drawer keeps its newest turn in view: after a question, each streamed chunk and the final answer,
// the message list scrolls to its end.
export function scrollToEnd(element) {
  if (element) element.scrollTop = element.scrollHeight;
}
