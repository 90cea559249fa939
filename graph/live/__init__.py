"""Live coaching: what to say next while the customer is still talking.

`moves` reads the customer's move, `case` the few facts of the case a line names,
`playbook` the offline line, `claude` the streamed model line behind the same guard.
"""
