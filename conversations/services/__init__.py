"""Every write of the conversations app, by sub-domain:

conversations.py  start, rename, archive, delete; the learner's conversation preferences
replies.py        a turn: the learner's message, the streamed reply, stop, retry, explain more, summaries
feedback.py       corrections (model + spell checker) and cards from corrections and words
analysis.py       live analysis of a message and the conversation's running metrics
translations.py   translation on tap, cached
exports.py        Markdown and JSON exports and the end-of-conversation summary
"""
